import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/feedback.tsx';
import { Chip } from '../../../components/status-chip.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { Application } from '../../../types.ts';
import { useDeleteDocument } from '../api/delete-document.ts';
import { applicationQueryKey } from '../api/get-application.ts';
import { uploadDocument } from '../api/upload-document.ts';
import { DocumentRow, MaterialUploader } from './material-uploader.tsx';

type RouteMaterial = Application['route']['materials'][number];

interface Props {
  application: Application;
  material: RouteMaterial;
  /** The family may add files now (a draft, or a material a reviewer asked for again). */
  canUpload: boolean;
  /** Draft only: files may be taken away again. */
  canDelete: boolean;
  /** Asked for again by the reviewer (supplement request). */
  requested?: boolean;
}

/** One required material: what it is, the files on record with their review status, and adding more. */
export function MaterialCard({ application, material, canUpload, canDelete, requested }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const remove = useDeleteDocument();
  const name = t(`family.materials.${material.material}`);
  const documents = application.documents.filter((d) => d.material === material.material && d.status !== 'superseded');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: applicationQueryKey(application.id) });
  return (
    <section className="card" aria-label={name}>
      <div className="spread">
        <h3>{name}</h3>
        <span className="row align-right">
          {requested && <Chip tone="orange">{t('family.documents.requested')}</Chip>}
          <Chip tone={material.requirement === 'mandatory' ? 'red' : 'grey'}>{t(`family.requirement.${material.requirement}`)}</Chip>
        </span>
      </div>
      {format.name(material.descriptionZh, material.descriptionEn) && (
        <p className="small muted">{format.name(material.descriptionZh, material.descriptionEn)}</p>
      )}
      {documents.map((document) => (
        <DocumentRow
          key={document.id}
          applicationId={application.id}
          document={document}
          deleting={remove.isPending && remove.variables?.documentId === document.id}
          onDelete={canDelete ? () => remove.mutate({ applicationId: application.id, documentId: document.id }) : undefined}
        />
      ))}
      <ErrorMessage error={remove.error} />
      {canUpload && (
        <MaterialUploader label={name} upload={(file, options) => uploadDocument(application.id, material.material, file, options)} onUploaded={refresh} />
      )}
    </section>
  );
}
