import { Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useMyEvents } from '../api/get-my-events.ts';
import { EventStatusTag, RegistrationStatusTag } from '../components/event-tags.tsx';
import { MyCertificates } from '../components/my-certificates.tsx';

/** 我的活动: the events the person registered for, each confirmed one with the QR code shown at the door. */
export function MyEventsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const mine = useMyEvents();
  if (mine.isPending) return <PageSpinner />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <>
      <PageHeader title={t('events.mine')} subtitle={t('events.mineSubtitle')} backTo={paths.events.root.getHref()} />
      {mine.data.items.length === 0 ? (
        <Card>
          <Empty description={t('events.my.empty')}>
            <ButtonLink type="primary" to={paths.events.root.getHref()}>
              {t('events.my.browse')}
            </ButtonLink>
          </Empty>
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {mine.data.items.map((item) => (
            <Col key={item.registration.id} xs={24} md={12} xl={8}>
              <Card size="small" title={<Link to={paths.events.event.getHref(item.event.id)}>{item.event.title}</Link>} style={{ height: '100%' }}>
                <Flex vertical gap={8} align="center">
                  <Flex gap={4} wrap justify="center">
                    <EventStatusTag status={item.event.status} />
                    <RegistrationStatusTag status={item.registration.status} />
                  </Flex>
                  <Typography.Text>{format.dateTime(item.event.startsAt)}</Typography.Text>
                  {item.event.venue && <Typography.Text type="secondary">{item.event.venue}</Typography.Text>}
                  {item.waitlistPosition !== null && (
                    <Typography.Text type="warning">{t('events.my.waitlist', { position: item.waitlistPosition })}</Typography.Text>
                  )}
                  {item.checkInQrSvg && item.checkInToken && (
                    <>
                      <img
                        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(item.checkInQrSvg)}`}
                        alt={t('events.my.qrAlt', { title: item.event.title })}
                        width={200}
                        height={200}
                        data-check-in-token={item.checkInToken}
                      />
                      <Typography.Text type="secondary">{t('events.my.qrHint')}</Typography.Text>
                      <Typography.Text copyable={{ text: item.checkInToken }} code>
                        {t('events.my.token')}
                      </Typography.Text>
                    </>
                  )}
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <div style={{ marginTop: 16 }}>
        <MyCertificates />
      </div>
    </>
  );
}
