import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Empty, LoadError, Loading } from '../../../components/feedback.tsx';
import { ChevronRight } from '../../../components/icons.tsx';
import { Chip, StatusChip } from '../../../components/status-chip.tsx';
import { useFormat } from '../../../../lib/format.ts';
import { useCurrentUser } from '../../../../lib/session.ts';
import { useApplications } from '../../applications/api/get-applications.ts';
import { useChildren } from '../../children/api/get-children.ts';
import { useUnreadCount } from '../../notifications/api/get-notifications.ts';

/** 首页: the family's applications (with where each stands), their children, and unread messages. */
export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const unread = useUnreadCount();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('family.home.title')}</h1>
        <p className="lead">{t('family.home.hello', { name: user.displayName })}</p>
      </div>
      {unread > 0 && (
        <Link className="alert alert-info banner-link" to={familyPaths.notifications.href()}>
          <span>{t('family.home.unread', { count: unread })}</span>
          <ChevronRight />
        </Link>
      )}
      <Applications />
      <Children />
    </div>
  );
}

function Applications() {
  const { t } = useTranslation();
  const format = useFormat();
  const applications = useApplications();
  return (
    <section className="section" aria-labelledby="home-applications">
      <div className="section-head">
        <h2 id="home-applications">{t('family.home.applications')}</h2>
        <Link to={familyPaths.policies.href()}>{t('family.home.newApplication')}</Link>
      </div>
      {applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <LoadError error={applications.error} onRetry={() => void applications.refetch()} />
      ) : applications.data.length === 0 ? (
        <Empty
          action={
            <Link className="btn btn-primary" to={familyPaths.policies.href()}>
              {t('family.home.toPolicies')}
            </Link>
          }
        >
          {t('family.home.noApplications')}
        </Empty>
      ) : (
        <ul className="list">
          {applications.data.map((application) => (
            <li key={application.id}>
              <Link
                className="list-item"
                to={application.status === 'draft' ? familyPaths.wizard.href(application.id) : familyPaths.application.href(application.id)}
              >
                <span className="list-main">
                  <span className="row">
                    <span className="list-title">{application.childName}</span>
                    <StatusChip status={application.status} />
                  </span>
                  <span className="list-sub">{format.name(application.policyTitleZh, application.policyTitleEn)}</span>
                  <span className="list-sub num">
                    {application.reference} · {t('family.home.updated', { date: format.date(application.updatedAt) })}
                  </span>
                </span>
                <ChevronRight />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Children() {
  const { t } = useTranslation();
  const children = useChildren();
  return (
    <section className="section" aria-labelledby="home-children">
      <div className="section-head">
        <h2 id="home-children">{t('family.home.children')}</h2>
        <Link to={familyPaths.newChild.href()}>{t('family.home.addChild')}</Link>
      </div>
      {children.isPending ? (
        <Loading />
      ) : children.isError ? (
        <LoadError error={children.error} onRetry={() => void children.refetch()} />
      ) : children.data.length === 0 ? (
        <Empty
          action={
            <Link className="btn btn-primary" to={familyPaths.newChild.href()}>
              {t('family.home.addChild')}
            </Link>
          }
        >
          {t('family.home.noChildren')}
        </Empty>
      ) : (
        <ul className="list">
          {children.data.map((child) => (
            <li key={child.id}>
              <Link className="list-item" to={familyPaths.child.href(child.id)}>
                <span className="list-main">
                  <span className="row">
                    <span className="list-title">{child.name}</span>
                    {child.hasConsent ? (
                      <Chip tone="green">{t('family.consent.chipGiven')}</Chip>
                    ) : (
                      <Chip tone="orange">{t('family.consent.chipMissing')}</Chip>
                    )}
                  </span>
                  <span className="list-sub num">{child.idNumberMasked}</span>
                </span>
                <ChevronRight />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
