import { Typography } from 'antd';
import { shortHash } from './allocation-rounds.ts';

/** A seed or hash: shortened on screen, the whole value copied. */
export function HashText({ value, keep = 8 }: { value: string; keep?: number }) {
  return (
    <Typography.Text code copyable={{ text: value }} title={value} style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
      {shortHash(value, keep)}
    </Typography.Text>
  );
}
