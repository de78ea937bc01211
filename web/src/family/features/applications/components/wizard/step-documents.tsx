import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/feedback.tsx';
import { fileSize, MAX_FILE_BYTES } from '../../logic/file-check.ts';
import { MaterialCard } from '../material-card.tsx';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';

/** The documents the route requires, each uploaded as it is chosen (nothing to save at the end of the step). */
export function StepDocuments({ application, goBack, goNext }: StepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame title={t('family.wizard.steps.documents')} lead={t('family.wizard.documentsLead')} onBack={goBack} onNext={goNext}>
      <Alert>{t('family.documents.rules', { max: fileSize(MAX_FILE_BYTES) })}</Alert>
      {application.route.materials.map((material) => (
        <MaterialCard key={material.material} application={application} material={material} canUpload canDelete />
      ))}
    </StepFrame>
  );
}
