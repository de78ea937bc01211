import { Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { Agreement } from '../../api/cooperation-types.ts';

interface ConfirmAgreementDialogProps {
  agreement: Agreement;
  open: boolean;
  confirming: boolean;
  onCancel: () => void;
  onConfirm: (withoutDocument: boolean) => void;
}

/**
 * Confirming is binding: the dialog says what it does (in force once every party has confirmed, from the start
 * date), and with no signed PDF attached the party states that there is none before it can confirm.
 */
export function ConfirmAgreementDialog({ agreement, open, confirming, onCancel, onConfirm }: ConfirmAgreementDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [noDocument, setNoDocument] = useState(false);
  const needsStatement = agreement.document === null;
  return (
    <Modal
      open={open}
      title={t('cooperation.agreements.confirmTitle')}
      okText={t('cooperation.agreements.confirmOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: needsStatement && !noDocument, loading: confirming }}
      onCancel={onCancel}
      onOk={() => onConfirm(needsStatement)}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('cooperation.agreements.confirmBinding', { date: agreement.startsOn ? format.date(agreement.startsOn) : '—' })}
      </Typography.Paragraph>
      {needsStatement ? (
        <Checkbox checked={noDocument} onChange={(event) => setNoDocument(event.target.checked)}>
          {t('cooperation.agreements.confirmNoDocument')}
        </Checkbox>
      ) : (
        <Typography.Text type="secondary">{t('cooperation.agreements.confirmHasDocument', { name: agreement.document?.name ?? '' })}</Typography.Text>
      )}
    </Modal>
  );
}
