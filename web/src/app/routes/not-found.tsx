import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link.tsx';
import { paths } from '../paths.ts';
import { PageTitle } from '../../components/page-title.tsx';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<PageTitle style={{ margin: 0 }}>404</PageTitle>}
      subTitle={t('errors.pageNotFound')}
      extra={
        <ButtonLink type="primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
