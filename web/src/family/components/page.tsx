import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronLeft } from './icons.tsx';

interface PageProps {
  title: ReactNode;
  /** Where the back link goes (the page above this one), if anywhere. */
  back?: string;
  lead?: ReactNode;
  children: ReactNode;
}

/** One page of the family app: a back link, the one h1, an optional line of explanation, the content. */
export function Page({ title, back, lead, children }: PageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-head">
        {back && (
          <Link className="back" to={back}>
            <ChevronLeft />
            {t('family.common.back')}
          </Link>
        )}
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
