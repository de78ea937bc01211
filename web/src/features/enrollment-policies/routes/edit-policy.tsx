import { App, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { Forbidden } from '../../../components/forbidden.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { usePolicy } from '../api/get-policy.ts';
import { usePublishPolicy } from '../api/publish-policy.ts';
import { useUpdatePolicy } from '../api/update-policy.ts';
import { STATUS_COLORS } from '../components/labels.ts';
import { PolicyForm } from '../components/policy-form.tsx';
import { toFormValues } from '../components/policy-form-values.ts';

/** The editor of a draft; a published or closed policy opens read-only instead. */
export function EditPolicyRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const policy = usePolicy(id);
  const update = useUpdatePolicy(id);
  const publish = usePublishPolicy(id);
  // Bumped by "load latest": the form starts afresh from the newest version (a save of our own keeps the edits on screen).
  const [generation, setGeneration] = useState(0);
  const view = paths.enrollmentPolicies.policy.getHref(id);

  if (policy.isPending) return <PageSpinner />;
  if (policy.isError) return <QueryError error={policy.error} onRetry={() => void policy.refetch()} />;
  const p = policy.data;
  if (p.status !== 'draft') return <Navigate to={view} replace />;
  if (!p.canEdit) return <Forbidden />;

  return (
    <>
      <PageHeader
        title={format.name(p.titleZh, p.titleEn)}
        subtitle={<Tag color={STATUS_COLORS[p.status]}>{t(`enrollmentPolicies.statuses.${p.status}`)}</Tag>}
        backTo={view}
      />
      <PolicyForm
        key={generation}
        initialValues={toFormValues(p)}
        hostRegionId={p.hostRegionId}
        schoolNames={new Map(p.schools.map((s) => [s.schoolId, s]))}
        onCancel={() => void navigate(view)}
        onReload={() => void policy.refetch().then(() => setGeneration((g) => g + 1))}
        // The version at the time of the click: after a save of ours it is the saved one.
        onSave={async (rules) => {
          await update.mutateAsync({ ...rules, version: p.version });
          void message.success(t('common.saved'));
        }}
        onPublish={async (rules) => {
          const saved = await update.mutateAsync({ ...rules, version: p.version });
          await publish.mutateAsync(saved.version);
          void message.success(t('enrollmentPolicies.published'));
          void navigate(view);
        }}
      />
    </>
  );
}
