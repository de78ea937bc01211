import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { familyPaths } from '../../../../app/paths.ts';
import { Button } from '../../../../components/button.tsx';
import { ErrorMessage } from '../../../../components/feedback.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { useDownloadNotice } from '../../api/download-notice.ts';

/** 入学通知书: the PDF, and the code anyone can check it with. */
export function NoticeCard({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const download = useDownloadNotice();
  const school = application.placedSchool ?? application.offer;
  return (
    <section className="card stack" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('family.notice.title')}</h2>
      {school && <p className="offer-school">{format.name(school.schoolNameZh, school.schoolNameEn)}</p>}
      <p>{t('family.notice.text')}</p>
      <ErrorMessage error={download.error} />
      <Button variant="primary" block busy={download.isPending} onClick={() => download.mutate({ id: application.id, reference: application.reference })}>
        {t('family.notice.download')}
      </Button>
      {application.admissionNoticeCode && (
        <p className="small muted">
          {t('family.notice.code')} <span className="num">{application.admissionNoticeCode}</span> ·{' '}
          <Link to={familyPaths.verifyNotice.href(application.admissionNoticeCode)}>{t('family.notice.verify')}</Link>
        </p>
      )}
    </section>
  );
}
