import { CheckCircleFilled, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography, Upload, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../common/enrollment.ts';
import { useFormat } from '../../../lib/format.ts';
import { useUploadDocument, type UploadedDocument } from '../api/upload-document.ts';
import type { FiledApplication } from '../api/review-types.ts';

interface Failure {
  material: Material;
  fileName: string;
  message: string;
}

/** The counter scans each required material into the application just filed; the server checks every file. */
export function CounterDocuments({ application }: { application: FiledApplication }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useUploadDocument(application.id);
  const [uploaded, setUploaded] = useState<UploadedDocument[]>(application.documents);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [busyMaterial, setBusyMaterial] = useState<Material | null>(null);

  const send = async (material: Material, file: File) => {
    setBusyMaterial(material);
    setFailures((current) => current.filter((f) => f.material !== material));
    try {
      const document = await upload.mutateAsync({ material, file });
      setUploaded((current) => [...current.filter((d) => d.material !== material), document]);
    } catch (err) {
      setFailures((current) => [...current, { material, fileName: file.name, message: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusyMaterial(null);
    }
  };

  return (
    <Card size="small" title={t('enrollmentReview.counter.title')}>
      <Typography.Paragraph type="secondary">{t('enrollmentReview.counter.hint')}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {application.route.materials.map((m) => {
          const document = uploaded.find((d) => d.material === m.material);
          const failure = failures.find((f) => f.material === m.material);
          return (
            <Flex
              key={m.material}
              vertical
              gap={4}
              style={{
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
                padding: `${token.paddingXS}px ${token.paddingSM}px`,
              }}
            >
              <Flex gap={8} wrap align="center" justify="space-between">
                <span>
                  <Typography.Text strong>{t(`enrollmentPolicies.materials.${m.material}`)}</Typography.Text>{' '}
                  <Tag color={m.requirement === 'mandatory' ? 'red' : 'default'}>{t(`enrollmentPolicies.requirements.${m.requirement}`)}</Tag>
                </span>
                <Upload
                  accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void send(m.material, file);
                    return false;
                  }}
                >
                  <Button
                    icon={<UploadOutlined aria-hidden />}
                    loading={busyMaterial === m.material}
                    disabled={busyMaterial !== null && busyMaterial !== m.material}
                  >
                    {document ? t('enrollmentReview.counter.replace') : t('enrollmentReview.counter.upload')}
                  </Button>
                </Upload>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.name(m.descriptionZh, m.descriptionEn)}
              </Typography.Text>
              {document && (
                <Typography.Text type="success" style={{ fontSize: 12 }}>
                  <CheckCircleFilled aria-hidden /> {document.originalName}
                </Typography.Text>
              )}
              {failure && <Alert type="error" showIcon title={failure.message} style={{ padding: '4px 8px' }} />}
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
