import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Empty, LoadError, Loading } from '../../../components/feedback.tsx';
import { ChevronRight } from '../../../components/icons.tsx';
import { Page } from '../../../components/page.tsx';
import { useFormat } from '../../../../lib/format.ts';
import { usePublishedPolicies } from '../api/get-policies.ts';
import { WindowChip } from '../components/window-chip.tsx';
import { sortForFamilies, windowState } from '../policy-rules.ts';

/** 报名: the published enrollment policies, open windows first. */
export function PoliciesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const policies = usePublishedPolicies();
  return (
    <Page title={t('family.policies.title')} lead={t('family.policies.lead')}>
      {policies.isPending ? (
        <Loading />
      ) : policies.isError ? (
        <LoadError error={policies.error} onRetry={() => void policies.refetch()} />
      ) : policies.data.length === 0 ? (
        <Empty>{t('family.policies.empty')}</Empty>
      ) : (
        <ul className="list">
          {sortForFamilies(policies.data).map((policy) => (
            <li key={policy.id}>
              <Link className="list-item" to={familyPaths.policy.href(policy.id)}>
                <span className="list-main">
                  <span className="list-title">{format.name(policy.titleZh, policy.titleEn)}</span>
                  <span className="row">
                    <WindowChip state={windowState(policy)} />
                    <span className="list-sub">{format.name(policy.hostRegionNameZh, policy.hostRegionNameEn)}</span>
                  </span>
                  <span className="list-sub">
                    {t('family.policy.windowRange', { from: format.dateTime(policy.windowOpensAt), to: format.dateTime(policy.windowClosesAt) })}
                  </span>
                </span>
                <ChevronRight />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
