import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { SchoolPupil } from '../api/get-school-pupils.ts';

/** The words for the admission notice's state: not downloaded yet, downloaded on a date, or revoked (a no-show's). */
function useNoticeText(): (pupil: SchoolPupil) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return ({ notice }) => {
    const at = notice.status === 'revoked' ? notice.revokedAt : notice.issuedAt;
    return t(`enrollmentRoster.notices.${notice.status}`, { date: at ? format.date(at) : '' });
  };
}

const NOTICE_TONES = { not_issued: 'secondary', valid: 'success', revoked: 'danger' } as const;

/** Desktop: the date the family accepted the place, and under it the notice's state. */
export function OfferAndNotice({ pupil }: { pupil: SchoolPupil }) {
  const { t } = useTranslation();
  const format = useFormat();
  const noticeText = useNoticeText();
  return (
    <Flex vertical gap={0}>
      {pupil.offerAcceptedAt ? (
        format.date(pupil.offerAcceptedAt)
      ) : (
        <Typography.Text type="secondary">{t('enrollmentRoster.offerNotRecorded')}</Typography.Text>
      )}
      <Typography.Text type={NOTICE_TONES[pupil.notice.status]} style={{ fontSize: 12 }}>
        {t('enrollmentRoster.noticeLine', { status: noticeText(pupil) })}
      </Typography.Text>
    </Flex>
  );
}

/** Phones: both, one small line each, under the pupil. */
export function OfferAndNoticeLines({ pupil }: { pupil: SchoolPupil }) {
  const { t } = useTranslation();
  const format = useFormat();
  const noticeText = useNoticeText();
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pupil.offerAcceptedAt ? t('enrollmentRoster.offerAcceptedOn', { date: format.date(pupil.offerAcceptedAt) }) : t('enrollmentRoster.offerNotRecorded')}
      </Typography.Text>
      <Typography.Text type={NOTICE_TONES[pupil.notice.status]} style={{ fontSize: 12 }}>
        {t('enrollmentRoster.noticeLine', { status: noticeText(pupil) })}
      </Typography.Text>
    </Flex>
  );
}
