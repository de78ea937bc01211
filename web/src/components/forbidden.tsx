import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths.ts';
import { ButtonLink } from './button-link.tsx';
import { PageTitle } from './page-title.tsx';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<PageTitle style={{ margin: 0 }}>403</PageTitle>}
      subTitle={t('errors.forbiddenPage')}
      extra={
        <ButtonLink type="primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
