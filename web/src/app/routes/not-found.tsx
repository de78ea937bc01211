import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link.tsx';
import { paths } from '../paths.ts';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.pageNotFound')}
      extra={
        <ButtonLink type="primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
