import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { usePairing } from '../api/get-pairing.ts';
import { PairingActions } from '../components/pairings/pairing-actions.tsx';
import { PairingFacts } from '../components/pairings/pairing-facts.tsx';
import { PairingProgress } from '../components/pairings/pairing-progress.tsx';
import { PairingTimeline } from '../components/pairings/pairing-timeline.tsx';
import { PairingStatusTag } from '../components/status-tags.tsx';

/** One pairing: its facts, the two-step approval, the caller's buttons and the timeline. */
export function PairingRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams();
  const pairing = usePairing(id);
  if (pairing.isPending) return <PageSpinner />;
  if (pairing.isError) return <QueryError error={pairing.error} onRetry={() => void pairing.refetch()} />;
  const p = pairing.data;
  const live = p.status === 'active' || p.status === 'ended';
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} wrap align="center">
            {p.schools.map((s) => format.name(s.nameZh, s.nameEn)).join(' ⇄ ')}
            <PairingStatusTag status={p.status} />
          </Flex>
        }
        subtitle={p.batch === null ? t('cooperation.pairings.title') : t('cooperation.pairings.batchN', { batch: p.batch })}
        backTo={paths.cooperation.pairings.getHref()}
        extra={
          live &&
          p.detailsVisible && (
            <>
              <ButtonLink icon={<UnorderedListOutlined aria-hidden />} to={`${paths.cooperation.exchanges.getHref()}?pairing=${encodeURIComponent(p.id)}`}>
                {t('cooperation.pairings.exchanges')}
              </ButtonLink>
              {p.status === 'active' && (
                <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.cooperation.newExchange.getHref({ type: 'pairing', id: p.id })}>
                  {t('cooperation.exchanges.log')}
                </ButtonLink>
              )}
            </>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <PairingActions pairing={p} />
            <PairingFacts pairing={p} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <PairingProgress pairing={p} />
            {p.detailsVisible ? <PairingTimeline events={p.events} /> : <Alert type="info" showIcon message={t('cooperation.pairings.publicFaceOnly')} />}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
