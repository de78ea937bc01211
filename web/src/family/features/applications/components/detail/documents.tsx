import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../types.ts';
import { MaterialCard } from '../material-card.tsx';

/**
 * The documents per material with their review status and the reviewer's reasons. Files can be added
 * only for what a supplement request asks (the server enforces it; the page offers nothing else).
 */
export function DocumentsSection({ application }: { application: Application }) {
  const { t } = useTranslation();
  const requested = new Set(application.status === 'supplement_requested' ? (application.supplementRequest?.materials ?? []) : []);
  const canUpload = application.allowedActions.includes('upload_documents');
  return (
    <section className="section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('family.detail.documents')}</h2>
      {application.route.materials.map((material) => (
        <MaterialCard
          key={material.material}
          application={application}
          material={material}
          canUpload={canUpload && requested.has(material.material)}
          canDelete={false}
          requested={requested.has(material.material)}
        />
      ))}
    </section>
  );
}
