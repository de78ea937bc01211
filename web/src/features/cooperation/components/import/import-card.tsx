import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Segmented, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api-client.ts';
import type { ImportKind } from '../../api/cooperation-types.ts';
import { useDownloadImportTemplate } from '../../api/get-import-template.ts';
import { useImportCooperation } from '../../api/import-cooperation.ts';
import { ImportErrorTable } from '../../../../components/import-error-table.tsx';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const KINDS: readonly ImportKind[] = ['pairings', 'communities', 'exchanges'];

/** Existing pairings, communities or exchanges from a spreadsheet; sent only on the button, optionally as a check. */
export function ImportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('pairings');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const importer = useImportCooperation();
  const template = useDownloadImportTemplate();
  const result = importer.data;
  const error = importer.error;
  const reset = () => importer.reset();

  return (
    <Card size="small">
      <Flex vertical gap={16}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Segmented<ImportKind>
            value={kind}
            onChange={(next) => {
              setKind(next);
              reset();
            }}
            options={KINDS.map((k) => ({ value: k, label: t(`cooperation.import.kinds.${k}`) }))}
          />
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={template.isPending}
            onClick={() => template.mutate(kind, { onError: (err) => void message.error(err.message) })}
          >
            {t('cooperation.import.template')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t(`cooperation.import.hints.${kind}`)}
        </Typography.Paragraph>
        <Upload.Dragger
          accept={ACCEPT}
          aria-label={t('cooperation.import.fileInput')}
          maxCount={1}
          fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            setFile(chosen);
            reset();
            return false;
          }}
          onRemove={() => {
            setFile(null);
            reset();
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('cooperation.import.dropHere')}</p>
          <p className="ant-upload-hint">{t('cooperation.import.dropHint')}</p>
        </Upload.Dragger>
        <Flex gap={12} align="center" wrap>
          <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)}>
            {t('cooperation.import.dryRun')}
          </Checkbox>
          <Button
            type="primary"
            icon={<UploadOutlined aria-hidden />}
            disabled={!file}
            loading={importer.isPending}
            onClick={() => file && importer.mutate({ kind, file, dryRun })}
          >
            {dryRun ? t('cooperation.import.check') : t('cooperation.import.import')}
          </Button>
        </Flex>
        <div aria-live="polite">
          {result && (
            <Alert
              type="success"
              showIcon
              title={result.dryRun ? t('cooperation.import.checkPassed') : t('cooperation.import.imported')}
              description={t(result.dryRun ? 'cooperation.import.wouldWrite' : 'cooperation.import.written', {
                rows: result.rows,
                kind: t(`cooperation.import.kinds.${result.kind}`),
              })}
            />
          )}
          {error && (
            <Flex vertical gap={12}>
              <Alert
                type="error"
                showIcon
                title={error.message}
                description={error instanceof ApiError && error.fields.length > 0 ? t('cooperation.import.nothingImported') : undefined}
              />
              {error instanceof ApiError && error.fields.length > 0 && <ImportErrorTable fields={error.fields} />}
            </Flex>
          )}
        </div>
      </Flex>
    </Card>
  );
}
