import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths.ts';
import { ButtonLink } from './button-link.tsx';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errors.forbiddenPage')}
      extra={
        <ButtonLink type="primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
