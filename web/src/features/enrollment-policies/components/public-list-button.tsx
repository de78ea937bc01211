import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { usePublishPublicList } from '../api/publish-public-list.ts';

/** The bureau publishes the list of approved applicants (公示): masked names, reference, route and points only. */
export function PublicListButton({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const publish = usePublishPublicList(policyId);
  return (
    <Popconfirm
      title={t('enrollmentPolicies.publicListConfirmTitle')}
      description={t('enrollmentPolicies.publicListConfirm')}
      okText={t('enrollmentPolicies.publishPublicList')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        publish.mutateAsync().then(
          (list) => void message.success(t('enrollmentPolicies.publicListPublished', { count: list.entryCount, until: format.date(list.endsAt) })),
          (err: unknown) => void message.error(err instanceof Error ? err.message : String(err)),
        )
      }
    >
      <Button loading={publish.isPending}>{t('enrollmentPolicies.publishPublicList')}</Button>
    </Popconfirm>
  );
}
