import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useImportSchools } from '../api/import-schools.ts';
import { ImportErrorTable } from '../../../components/import-error-table.tsx';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Upload: chosen here, sent only on the button (no auto upload), optionally as a check that writes nothing. */
export function SchoolImportCard() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const importSchools = useImportSchools();
  const summary = importSchools.data;
  const error = importSchools.error;

  return (
    <Card title={t('schoolFiles.importTitle')} size="small">
      <Typography.Paragraph type="secondary">{t('schoolFiles.importHint')}</Typography.Paragraph>
      <Upload.Dragger
        accept={ACCEPT}
        // Reaches the hidden <input type="file"> (rc-upload forwards aria-*), so it has a name too.
        aria-label={t('schoolFiles.fileInput')}
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          setFile(chosen);
          importSchools.reset();
          return false;
        }}
        onRemove={() => {
          setFile(null);
          importSchools.reset();
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('schoolFiles.dropHere')}</p>
        <p className="ant-upload-hint">{t('schoolFiles.dropHint')}</p>
      </Upload.Dragger>
      <Flex gap={12} align="center" wrap style={{ marginTop: 16 }}>
        <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)}>
          {t('schoolFiles.dryRun')}
        </Checkbox>
        <Button
          type="primary"
          icon={<UploadOutlined aria-hidden />}
          disabled={!file}
          loading={importSchools.isPending}
          onClick={() => file && importSchools.mutate({ file, dryRun })}
        >
          {dryRun ? t('schoolFiles.check') : t('schoolFiles.import')}
        </Button>
      </Flex>

      <div aria-live="polite" style={{ marginTop: 16 }}>
        {summary && (
          <Alert
            type="success"
            showIcon
            title={summary.dryRun ? t('schoolFiles.checkPassed') : t('schoolFiles.imported')}
            description={t(summary.dryRun ? 'schoolFiles.wouldWrite' : 'schoolFiles.written', {
              rows: summary.rows,
              created: summary.created,
              updated: summary.updated,
            })}
          />
        )}
        {error && (
          <Flex vertical gap={12}>
            <Alert
              type="error"
              showIcon
              title={error.message}
              description={error instanceof ApiError && error.fields.length > 0 ? t('schoolFiles.nothingImported') : undefined}
            />
            {error instanceof ApiError && error.fields.length > 0 && <ImportErrorTable fields={error.fields} />}
          </Flex>
        )}
      </div>
    </Card>
  );
}
