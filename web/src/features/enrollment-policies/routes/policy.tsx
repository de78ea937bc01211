import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useClosePolicy } from '../api/close-policy.ts';
import { usePolicy } from '../api/get-policy.ts';
import { usePublishPolicy } from '../api/publish-policy.ts';
import { ExtendWindowModal } from '../components/extend-window-modal.tsx';
import { STATUS_COLORS } from '../components/labels.ts';
import { PolicyDetails } from '../components/policy-details.tsx';
import { isConflict, problemsOf } from '../components/policy-errors.ts';
import { PolicyProblems } from '../components/policy-problems.tsx';
import { PublicListButton } from '../components/public-list-button.tsx';

/** One policy, read-only; its bureau publishes, extends or closes it here. */
export function PolicyRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { id = '' } = useParams();
  const policy = usePolicy(id);
  const publish = usePublishPolicy(id);
  const close = useClosePolicy(id);
  const [extending, setExtending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (policy.isPending) return <PageSpinner />;
  if (policy.isError) return <QueryError error={policy.error} onRetry={() => void policy.refetch()} />;
  const p = policy.data;
  const editHref = paths.enrollmentPolicies.editPolicy.getHref(p.id);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      void message.success(done);
    } catch (err) {
      setError(err);
      // Another tab or person changed it: show what is true now.
      if (isConflict(err)) void policy.refetch();
    }
  };
  const problems = problemsOf(error);

  const actions = p.canEdit && [
    p.status === 'draft' && (
      <ButtonLink key="edit" icon={<EditOutlined aria-hidden />} to={editHref}>
        {t('common.edit')}
      </ButtonLink>
    ),
    p.status === 'draft' && (
      <Popconfirm
        key="publish"
        title={t('enrollmentPolicies.publishConfirmTitle')}
        description={t('enrollmentPolicies.publishConfirm')}
        okText={t('enrollmentPolicies.publish')}
        cancelText={t('common.cancel')}
        onConfirm={() => void act(() => publish.mutateAsync(p.version), t('enrollmentPolicies.published'))}
      >
        <Button type="primary" loading={publish.isPending}>
          {t('enrollmentPolicies.publish')}
        </Button>
      </Popconfirm>
    ),
    p.status === 'published' && <PublicListButton key="public-list" policyId={p.id} />,
    p.status === 'published' && (
      <Button key="extend" onClick={() => setExtending(true)}>
        {t('enrollmentPolicies.extendWindow')}
      </Button>
    ),
    p.status === 'published' && (
      <Popconfirm
        key="close"
        title={t('enrollmentPolicies.closeConfirmTitle')}
        description={t('enrollmentPolicies.closeConfirm')}
        okText={t('enrollmentPolicies.close')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => void act(() => close.mutateAsync(p.version), t('enrollmentPolicies.closed'))}
      >
        <Button danger loading={close.isPending}>
          {t('enrollmentPolicies.close')}
        </Button>
      </Popconfirm>
    ),
  ];

  return (
    <>
      <PageHeader
        title={format.name(p.titleZh, p.titleEn)}
        subtitle={
          <>
            <Tag color={STATUS_COLORS[p.status]}>{t(`enrollmentPolicies.statuses.${p.status}`)}</Tag>
            {format.locale === 'en-US' ? p.titleZh : p.titleEn}
          </>
        }
        backTo={paths.enrollmentPolicies.root.getHref()}
        extra={actions}
      />
      {problems.length > 0 ? (
        <PolicyProblems
          title={error instanceof Error ? error.message : ''}
          problems={problems}
          names={{
            routes: p.routes.map((r) => format.name(r.nameZh, r.nameEn)),
            schools: p.schools.map((s) => format.name(s.nameZh, s.nameEn)),
            pointsItems: p.pointsItems.map((i) => format.name(i.nameZh, i.nameEn)),
          }}
          action={
            <ButtonLink size="small" to={editHref}>
              {t('enrollmentPolicies.fixInEditor')}
            </ButtonLink>
          }
        />
      ) : (
        <ErrorAlert error={error} />
      )}
      <PolicyDetails policy={p} compact={isMobile} />
      {extending && <ExtendWindowModal policy={p} open onClose={() => setExtending(false)} />}
    </>
  );
}
