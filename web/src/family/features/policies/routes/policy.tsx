import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { Policy } from '../../../types.ts';
import { usePolicy } from '../api/get-policy.ts';
import { StartApplication } from '../components/start-application.tsx';
import { WindowChip } from '../components/window-chip.tsx';
import { ageCutoffDate, windowState } from '../policy-rules.ts';

/** One policy as a family needs it: when, for whom, which routes and schools, and where to start. */
export function PolicyRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { policyId = '' } = useParams();
  const policy = usePolicy(policyId);
  return (
    <Page title={policy.data ? format.name(policy.data.titleZh, policy.data.titleEn) : t('family.policy.title')} back={familyPaths.policies.href()}>
      {policy.isPending ? (
        <Loading />
      ) : policy.isError ? (
        <LoadError error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <PolicyDetails policy={policy.data} />
      )}
    </Page>
  );
}

function PolicyDetails({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = windowState(policy);
  const age = ageCutoffDate(policy);
  const hasPoints = policy.routes.some((route) => route.admissionBasis === 'points') && policy.pointsItems.length > 0;
  return (
    <>
      <section className="card">
        <div className="row">
          <WindowChip state={state} />
          <span className="muted">{format.name(policy.hostRegionNameZh, policy.hostRegionNameEn)}</span>
        </div>
        <dl className="facts">
          <dt>{t('family.policy.grade')}</dt>
          <dd>{t('family.policy.gradeOfYear', { year: policy.schoolYear, grade: t(`family.grades.${policy.entryGrade}`) })}</dd>
          <dt>{t('family.policy.windowLabel')}</dt>
          <dd>{t('family.policy.windowRange', { from: format.dateTime(policy.windowOpensAt), to: format.dateTime(policy.windowClosesAt) })}</dd>
          {age && (
            <>
              <dt>{t('family.policy.ageLabel')}</dt>
              <dd>{t('family.policy.ageRule', { date: format.date(age.date), years: age.years })}</dd>
            </>
          )}
          <dt>{t('family.policy.maxPreferencesLabel')}</dt>
          <dd>{t('family.policy.maxPreferences', { count: policy.maxPreferences })}</dd>
        </dl>
      </section>

      {state === 'open' ? <StartApplication policy={policy} /> : <p className="alert alert-info">{t(`family.policy.notOpen.${state}`)}</p>}

      <section className="section" aria-labelledby="policy-routes">
        <h2 id="policy-routes">{t('family.policy.routesAndMaterials')}</h2>
        {policy.routes.map((route) => (
          <div key={route.code} className="card">
            <h3>{format.name(route.nameZh, route.nameEn)}</h3>
            <p className="small muted">{t(`family.policy.basis.${route.admissionBasis}`)}</p>
            <ul className="bullets">
              {route.materials.map((material) => (
                <li key={material.material}>
                  <span className="strong">{t(`family.materials.${material.material}`)}</span>
                  <span className="muted"> · {t(`family.requirement.${material.requirement}`)}</span>
                  {format.name(material.descriptionZh, material.descriptionEn) && (
                    <span className="small muted"> — {format.name(material.descriptionZh, material.descriptionEn)}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="policy-schools">
        <h2 id="policy-schools">{t('family.policy.schools')}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('family.policy.school')}</th>
                <th scope="col" className="right">
                  {t('family.policy.seats')}
                </th>
              </tr>
            </thead>
            <tbody>
              {policy.schools.map((school) => (
                <tr key={school.schoolId}>
                  <td>{format.name(school.nameZh, school.nameEn)}</td>
                  <td className="right num">{format.number(school.seats)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {hasPoints && (
        <section className="section" aria-labelledby="policy-points">
          <h2 id="policy-points">{t('family.policy.pointsItems')}</h2>
          <ul className="list">
            {policy.pointsItems.map((item) => (
              <li key={item.key} className="list-item">
                <span className="list-main">
                  <span className="strong">{format.name(item.nameZh, item.nameEn)}</span>
                  <span className="list-sub">
                    {item.kind === 'per_month'
                      ? t('family.policy.perMonth', { weight: format.number(item.weight), cap: format.number(item.cap) })
                      : (item.options ?? []).map((o) => `${format.name(o.labelZh, o.labelEn)} ${format.number(o.points)}`).join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Link className="btn btn-block" to={familyPaths.publicList.href(policy.id)}>
        {t('family.policy.publicList')}
      </Link>
    </>
  );
}
