import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, ExchangeKind, FocusArea, PairingStatus } from '../../../../../common/cooperation.ts';
import { AGREEMENT_STATUS_COLORS, EXCHANGE_KIND_COLORS, PAIRING_STATUS_COLORS } from './labels.ts';

export function PairingStatusTag({ status }: { status: PairingStatus }) {
  const { t } = useTranslation();
  return <Tag color={PAIRING_STATUS_COLORS[status]}>{t(`cooperation.pairingStatuses.${status}`)}</Tag>;
}

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Tag color={AGREEMENT_STATUS_COLORS[status]}>{t(`cooperation.agreementStatuses.${status}`)}</Tag>;
}

export function ExchangeKindTag({ kind }: { kind: ExchangeKind }) {
  const { t } = useTranslation();
  return <Tag color={EXCHANGE_KIND_COLORS[kind]}>{t(`cooperation.exchangeKinds.${kind}`)}</Tag>;
}

export function FocusTags({ areas }: { areas: readonly FocusArea[] }) {
  const { t } = useTranslation();
  // A wrapping row: inside description lists the tags would otherwise run past the edge of a phone.
  return (
    <Flex gap={4} wrap component="span">
      {areas.map((area) => (
        <Tag key={area} bordered={false} style={{ marginInlineEnd: 0 }}>
          {t(`cooperation.focusAreas.${area}`)}
        </Tag>
      ))}
    </Flex>
  );
}
