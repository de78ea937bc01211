import { CheckOutlined, DeleteOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDecideAgreement } from '../api/decide-agreement.ts';
import { useDeleteAgreement } from '../api/delete-agreement.ts';
import { useAgreement } from '../api/get-agreement.ts';
import { AgreementDocument } from '../components/agreements/agreement-document.tsx';
import { ConfirmAgreementDialog } from '../components/agreements/confirm-agreement-dialog.tsx';
import { AgreementParties } from '../components/agreements/agreement-parties.tsx';
import { ReasonDialog } from '../../../components/reason-dialog.tsx';
import { AgreementStatusTag, FocusTags } from '../components/status-tags.tsx';

/** One agreement: its terms, each party's confirmation, the signed PDF, and the caller's buttons. */
export function AgreementRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  const decide = useDecideAgreement(id);
  const remove = useDeleteAgreement();
  const [ending, setEnding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (agreement.isPending) return <PageSpinner />;
  if (agreement.isError) return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const a = agreement.data;
  const p = a.permissions;
  const fail = (err: unknown) => {
    modal.error({ title: err instanceof Error ? err.message : t('errors.loadFailed') });
  };

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} wrap align="center">
            {a.title}
            <AgreementStatusTag status={a.status} />
          </Flex>
        }
        backTo={paths.cooperation.agreements.getHref()}
        extra={
          <>
            {p.canConfirm && (
              <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={decide.isPending} onClick={() => setConfirming(true)}>
                {t('cooperation.agreements.confirm')}
              </Button>
            )}
            {p.canUpdate && (
              <ButtonLink icon={<EditOutlined aria-hidden />} to={paths.cooperation.editAgreement.getHref(a.id)}>
                {t('common.edit')}
              </ButtonLink>
            )}
            {p.canEnd && (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setEnding(true)}>
                {t('cooperation.agreements.end')}
              </Button>
            )}
            {p.canDelete && (
              <Popconfirm
                title={t('cooperation.agreements.deleteConfirm')}
                okText={t('cooperation.agreements.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(a.id).then(() => navigate(paths.cooperation.agreements.getHref()), fail)}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t('cooperation.agreements.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      {a.status === 'draft' && !a.startsOn && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('cooperation.agreements.confirmNeedsStart')} />
      )}
      <ConfirmAgreementDialog
        agreement={a}
        open={confirming}
        confirming={decide.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={(withoutDocument) =>
          decide.mutate(
            { action: 'confirm', version: a.version, withoutDocument },
            {
              onSuccess: () => {
                setConfirming(false);
                void message.success(t('cooperation.agreements.confirmed'));
              },
              onError: fail,
            },
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('cooperation.agreements.terms')}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              items={[
                { key: 'focus', label: t('cooperation.common.focusAreas'), span: 'filled', children: <FocusTags areas={a.focusAreas} /> },
                { key: 'signed', label: t('cooperation.agreements.signedOn'), children: a.signedOn ? format.date(a.signedOn) : '—' },
                { key: 'pairings', label: t('cooperation.agreements.pairingCount'), children: format.number(a.pairingCount) },
                { key: 'starts', label: t('cooperation.agreements.startsOn'), children: a.startsOn ? format.date(a.startsOn) : '—' },
                { key: 'ends', label: t('cooperation.agreements.endsOn'), children: a.endsOn ? format.date(a.endsOn) : t('cooperation.pairings.openEnded') },
                ...(a.inForceAt ? [{ key: 'inForce', label: t('cooperation.agreements.inForceAt'), children: format.dateTime(a.inForceAt) }] : []),
                ...(a.endReason ? [{ key: 'endReason', label: t('cooperation.pairings.endedBecause'), span: 'filled' as const, children: a.endReason }] : []),
                {
                  key: 'scope',
                  label: t('cooperation.agreements.scope'),
                  span: 'filled',
                  children: a.scope ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.scope}</Typography.Paragraph> : '—',
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <AgreementParties agreement={a} />
            <AgreementDocument agreement={a} />
          </Flex>
        </Col>
      </Row>
      <ReasonDialog
        open={ending}
        title={t('cooperation.agreements.endTitle')}
        hint={t('cooperation.agreements.endHint')}
        okText={t('cooperation.agreements.end')}
        danger
        loading={decide.isPending}
        onCancel={() => setEnding(false)}
        onSubmit={(reason) =>
          decide.mutateAsync({ action: 'end', version: a.version, reason: reason ?? '' }).then(() => {
            setEnding(false);
            void message.success(t('cooperation.agreements.ended'));
          }, fail)
        }
      />
    </>
  );
}
