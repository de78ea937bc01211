import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { ImportCard } from '../components/import/import-card.tsx';

/** 合作数据导入: pairings, communities and exchanges kept elsewhere until now, from .xlsx, all rows or none. */
export function ImportRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cooperation.import.title')} subtitle={t('cooperation.import.subtitle')} />
      <ImportCard />
    </>
  );
}
