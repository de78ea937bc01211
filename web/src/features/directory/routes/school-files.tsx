import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { SchoolExportCard } from '../components/school-export-card.tsx';
import { SchoolImportCard } from '../components/school-import-card.tsx';

/** 学校导入导出: schools in and out as .xlsx or .csv. */
export function SchoolFilesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('schoolFiles.title')} subtitle={t('schoolFiles.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SchoolImportCard />
        </Col>
        <Col xs={24} xl={12}>
          <SchoolExportCard />
        </Col>
      </Row>
    </>
  );
}
