import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { meetsAgeRule } from '../../../../../../common/enrollment.ts';
import { familyPaths } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage, LoadError, Loading } from '../../../components/feedback.tsx';
import type { Policy } from '../../../types.ts';
import { useCreateApplication } from '../../applications/api/create-application.ts';
import { useApplications } from '../../applications/api/get-applications.ts';
import { useChildren } from '../../children/api/get-children.ts';
import { RouteChoices } from './route-choices.tsx';

/** Which child, by which route: the two facts a draft starts from; the wizard asks the rest. */
export function StartApplication({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const children = useChildren();
  const applications = useApplications();
  const create = useCreateApplication();
  const [childId, setChildId] = useState('');
  const [routeCode, setRouteCode] = useState(policy.routes.length === 1 ? policy.routes[0]!.code : '');
  const here = familyPaths.policy.href(policy.id);

  if (children.isPending || applications.isPending) return <Loading />;
  if (children.isError || applications.isError)
    return (
      <LoadError
        error={children.error ?? applications.error}
        onRetry={() => {
          void children.refetch();
          void applications.refetch();
        }}
      />
    );

  // One active application per child and policy: an existing one is opened, not duplicated.
  const existing = new Map(applications.data.filter((a) => a.policyId === policy.id && a.status !== 'withdrawn').map((a) => [a.childId, a]));
  const chosenExisting = existing.get(childId);

  const start = () =>
    create.mutate(
      { policyId: policy.id, childId, routeCode },
      { onSuccess: (application) => void navigate(familyPaths.wizard.href(application.id, 'residence')) },
    );

  return (
    <section className="card stack" aria-labelledby="start-title">
      <h2 id="start-title">{t('family.start.title')}</h2>
      {children.data.length === 0 ? (
        <>
          <p className="muted">{t('family.start.noChildren')}</p>
          <Link className="btn btn-primary btn-block" to={`${familyPaths.newChild.href()}?next=${encodeURIComponent(here)}`}>
            {t('family.home.addChild')}
          </Link>
        </>
      ) : (
        <>
          <fieldset className="fieldset">
            <legend>{t('family.start.whichChild')}</legend>
            <div className="choices">
              {children.data.map((child) => {
                const tooYoung = !meetsAgeRule(child.birthDate, policy);
                return (
                  <label key={child.id} className="choice">
                    <input type="radio" name="start-child" value={child.id} checked={childId === child.id} onChange={() => setChildId(child.id)} />
                    <span className="choice-body">
                      <span className="strong">{child.name}</span>
                      <span className="small muted num">{child.idNumberMasked}</span>
                      {existing.has(child.id) && <span className="small">{t('family.start.hasApplication')}</span>}
                      {tooYoung && <span className="small field-error">{t('family.start.tooYoung')}</span>}
                      {!child.hasConsent && <span className="small muted">{t('family.start.consentLater')}</span>}
                    </span>
                  </label>
                );
              })}
            </div>
            <Link to={`${familyPaths.newChild.href()}?next=${encodeURIComponent(here)}`}>{t('family.start.anotherChild')}</Link>
          </fieldset>

          {chosenExisting ? (
            <Link
              className="btn btn-primary btn-block"
              to={chosenExisting.status === 'draft' ? familyPaths.wizard.href(chosenExisting.id) : familyPaths.application.href(chosenExisting.id)}
            >
              {t('family.start.openExisting')}
            </Link>
          ) : (
            <>
              <fieldset className="fieldset">
                <legend>{t('family.start.whichRoute')}</legend>
                <RouteChoices routes={policy.routes} value={routeCode} onChange={setRouteCode} name="start-route" />
              </fieldset>
              <ErrorMessage error={create.error} />
              <Button variant="primary" block disabled={!childId || !routeCode} busy={create.isPending} onClick={start}>
                {t('family.start.begin')}
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
