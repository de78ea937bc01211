import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { downloadCertificate, useMyCertificates } from '../api/certificates.ts';

/** The person's attendance certificates, each downloadable as a PDF in Chinese or English. */
export function MyCertificates() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const certificates = useMyCertificates();
  const download = (id: string, lang: 'zh-CN' | 'en-US') =>
    downloadCertificate(id, lang).catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)));
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('events.certificates.title')}</h2>}>
      {certificates.isError ? (
        <QueryError error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : (
        <List
          loading={certificates.isPending}
          dataSource={certificates.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.certificates.empty')} /> }}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                <Flex vertical>
                  <Typography.Text strong>{c.eventTitle}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('events.certificates.hours', { hours: format.number(c.hours) })} · {format.date(c.issuedAt)}
                  </Typography.Text>
                </Flex>
                {c.revokedAt ? (
                  <Tag color="error">{t('events.certificates.revoked')}</Tag>
                ) : (
                  <Flex gap={8}>
                    <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download(c.id, 'zh-CN')}>
                      {t('events.certificates.download')}
                    </Button>
                    <Button onClick={() => void download(c.id, 'en-US')}>{t('events.certificates.downloadEn')}</Button>
                  </Flex>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
