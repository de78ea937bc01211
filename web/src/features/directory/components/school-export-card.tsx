import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OWNERSHIPS, STAGES, type Ownership, type Stage } from '../../../../../common/directory.ts';
import { useExportSchools, type SchoolFileFormat } from '../api/export-schools.ts';
import { useDownloadImportTemplate } from '../api/get-import-template.ts';
import { RegionSelect } from './region-select.tsx';

interface ExportForm {
  regionId?: string;
  stage?: Stage;
  ownership?: Ownership;
  q?: string;
}

/** Downloads: the schools matching the filters, and the empty import template. */
export function SchoolExportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportForm>();
  const exportSchools = useExportSchools();
  const template = useDownloadImportTemplate();
  const onError = (error: Error) => void message.error(error.message);

  const download = (format: SchoolFileFormat) => {
    const { regionId, stage, ownership, q } = form.getFieldsValue();
    exportSchools.mutate({ format, regionId, stage, ownership, q: q?.trim() || undefined }, { onError });
  };
  const busy = (format: SchoolFileFormat) => exportSchools.isPending && exportSchools.variables.format === format;

  return (
    <Card title={t('schoolFiles.exportTitle')} size="small">
      <Typography.Paragraph type="secondary">{t('schoolFiles.exportHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="regionId" label={t('directory.region')}>
              <RegionSelect placeholder={t('schoolFiles.myJurisdiction')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="q" label={t('schoolFiles.nameContains')}>
              <Input allowClear maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="stage" label={t('directory.stage')}>
              <Select allowClear placeholder={t('common.all')} options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ownership" label={t('directory.ownership')}>
              <Select allowClear placeholder={t('common.all')} options={OWNERSHIPS.map((o) => ({ value: o, label: t(`ownership.${o}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Flex gap={8} wrap>
        <Button type="primary" icon={<DownloadOutlined aria-hidden />} loading={busy('xlsx')} onClick={() => download('xlsx')}>
          {t('schoolFiles.downloadXlsx')}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} loading={busy('csv')} onClick={() => download('csv')}>
          {t('schoolFiles.downloadCsv')}
        </Button>
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('schoolFiles.templateTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('schoolFiles.templateHint')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={template.isPending && template.variables === 'xlsx'}
          onClick={() => template.mutate('xlsx', { onError })}
        >
          {t('schoolFiles.templateXlsx')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={template.isPending && template.variables === 'csv'}
          onClick={() => template.mutate('csv', { onError })}
        >
          {t('schoolFiles.templateCsv')}
        </Button>
      </Flex>
    </Card>
  );
}
