import { Input, type InputProps } from 'antd';

/** Form.Item `normalize` for code fields: people paste '123 456' or full-width digits. */
export const digitsOnly = (value: string | undefined) =>
  (value ?? '')
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/\D/g, '')
    .slice(0, 6);

/** A one-time code field: the phone's number pad, and the code offered from an incoming SMS. */
export function CodeInput(props: Omit<InputProps, 'inputMode' | 'autoComplete'>) {
  return (
    <Input
      size="large"
      inputMode="numeric"
      autoComplete="one-time-code"
      {...props}
      style={{ letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums', ...props.style }}
    />
  );
}
