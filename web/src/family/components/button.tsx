import type { ButtonHTMLAttributes } from 'react';
import { Spinner } from './feedback.tsx';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'default' | 'danger' | 'danger-solid' | 'link';
  block?: boolean;
  small?: boolean;
  /** Shows a spinner and ignores taps while the request runs (a double tap sends nothing twice). */
  busy?: boolean;
}

const VARIANTS = { primary: 'btn-primary', default: '', danger: 'btn-danger', 'danger-solid': 'btn-danger btn-solid', link: 'btn-link' } as const;

export function Button({ variant = 'default', block, small, busy, disabled, className, children, type = 'button', ...rest }: Props) {
  const classes = ['btn', VARIANTS[variant], block && 'btn-block', small && 'btn-small', className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && <Spinner />}
      {children}
    </button>
  );
}
