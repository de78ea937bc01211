import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button.tsx';
import { ErrorMessage } from '../../../../components/feedback.tsx';

interface StepFrameProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  error?: unknown;
  busy?: boolean;
  /** Back to the previous step (the step's fields are saved first); absent on the first step. */
  onBack?: () => void;
  /** Save and go on. */
  onNext: () => void;
  nextLabel?: string;
}

/** One step of the wizard: its fields, then back / save-and-continue in a bar the thumb reaches. */
export function StepFrame({ title, lead, children, error, busy, onBack, onNext, nextLabel }: StepFrameProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNext();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="page-head">
        <h2>{title}</h2>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {children}
      <ErrorMessage error={error} />
      <p className="small muted">{t('family.wizard.autosave')}</p>
      <div className="actionbar">
        {onBack && (
          <Button onClick={onBack} disabled={busy}>
            {t('family.wizard.back')}
          </Button>
        )}
        <Button type="submit" variant="primary" busy={busy}>
          {nextLabel ?? t('family.wizard.next')}
        </Button>
      </div>
    </form>
  );
}
