import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography, Upload, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { Agreement } from '../../api/cooperation-types.ts';
import { useDownloadAgreementDocument } from '../../api/download-agreement-document.ts';
import { useUploadAgreementDocument } from '../../api/upload-agreement-document.ts';
import { fileProblem, formatBytes } from '../../logic/file-check.ts';

/** The signed text (PDF): download for everyone who sees the agreement, upload or replace for its parties. */
export function AgreementDocument({ agreement }: { agreement: Agreement }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const upload = useUploadAgreementDocument(agreement.id);
  const download = useDownloadAgreementDocument();
  const doc = agreement.document;
  return (
    <Card size="small" title={t('cooperation.agreements.document')}>
      <Flex vertical gap={12}>
        {doc ? (
          <Flex align="center" gap={8} wrap>
            <FilePdfOutlined aria-hidden style={{ fontSize: 20, color: token.red7 }} />
            <Typography.Link
              onClick={() => download.mutate({ id: agreement.id, name: doc.name }, { onError: (err) => void message.error(err.message) })}
              style={{ wordBreak: 'break-all' }}
            >
              {doc.name}
            </Typography.Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatBytes(doc.sizeBytes, format.locale)} · {format.dateTime(doc.uploadedAt)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('cooperation.agreements.noDocument')}</Typography.Text>
        )}
        {agreement.permissions.canUploadDocument && (
          <Upload
            accept=".pdf,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              const problem = fileProblem(file, 'document');
              if (problem)
                void message.error(t(problem === 'type' ? 'cooperation.agreements.pdfOnly' : `cooperation.files.problems.${problem}`, { name: file.name }));
              else
                upload.mutate(file, {
                  onSuccess: () => void message.success(t('cooperation.agreements.documentUploaded')),
                  onError: (err) => void message.error(err.message),
                });
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {doc ? t('cooperation.agreements.replaceDocument') : t('cooperation.agreements.uploadDocument')}
            </Button>
          </Upload>
        )}
      </Flex>
    </Card>
  );
}
