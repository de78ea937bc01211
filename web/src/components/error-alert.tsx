import { Alert } from 'antd';
import { ApiError, type FieldError } from '../lib/api-client.ts';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors no form field shows (see lib/form-errors.ts). */
  fields?: readonly FieldError[];
}

/** The message of a failed request above a form, with any field errors that have no field of their own. */
export function ErrorAlert({ error, fields = [] }: ErrorAlertProps) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={message}
      description={
        fields.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {fields.map((f) => (
              <li key={`${f.field}:${f.message}`}>
                <code>{f.field}</code> {f.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
