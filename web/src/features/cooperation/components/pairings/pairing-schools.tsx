import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { PairingSchool } from '../../api/cooperation-types.ts';

/** The schools of a pairing, the proposer first, each with its region. */
export function PairingSchools({ schools }: { schools: readonly PairingSchool[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex vertical gap={2}>
      {schools.map((s) => (
        <span key={s.id}>
          {format.name(s.nameZh, s.nameEn)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' · '}
            {format.name(s.regionNameZh, s.regionNameEn)}
            {s.isProposer ? ` · ${t('cooperation.pairings.proposer')}` : ''}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
