import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Radio, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDecideAppeal } from '../api/decide-appeal.ts';
import { useReviewApplication } from '../api/get-review-application.ts';
import { DocumentViewer } from '../components/document-viewer.tsx';
import { APPEAL_STATUS_COLORS, STATUS_COLORS } from '../components/labels.ts';
import { StaleDescription } from '../components/stale-description.tsx';
import { useReviewActions } from '../components/use-review-actions.ts';

interface AppealDecisionValues {
  decision: 'uphold' | 'dismiss';
  reason?: string;
}

/** The decision on an appeal: the rejection and its reason beside the family's reason and evidence. */
export function AppealRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const application = useReviewApplication(id);
  const decide = useDecideAppeal(id);
  const [form] = Form.useForm<AppealDecisionValues>();
  const decision = Form.useWatch('decision', form);
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  // The appeal's own version: evidence uploads move it, so the decision names the evidence the reviewer saw.
  const { act, busy, stale, dismissStale } = useReviewActions({ version: application.data?.appeal?.version ?? 0, reload: () => application.refetch() });

  if (application.isPending) return <PageSpinner />;
  if (application.isError) return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  const appeal = a.appeal;
  const evidence = a.documents.filter((d) => appeal && d.appealId === appeal.id && !d.isErased);
  const shown = evidence.find((d) => d.id === evidenceId) ?? evidence[0];
  const canDecide = a.allowedActions.includes('decide_appeal') && appeal?.status === 'open';
  const rejection = [...a.events].reverse().find((e) => e.kind === 'rejected');
  // Upholding approves the application: its mandatory documents must be accepted and its points verified first.
  const unready = [
    ...a.materials
      .filter((m) => m.requirement === 'mandatory' && !m.isAccepted)
      .map((m) => t('enrollmentReview.decision.materialNotAccepted', { material: t(`enrollmentPolicies.materials.${m.material}`) })),
    ...(a.points.isRequired && a.points.verifiedTotal === null ? [t('enrollmentReview.decision.pointsNotVerified')] : []),
  ];

  const submit = async ({ decision, reason }: AppealDecisionValues) => {
    if (!appeal) return;
    const done = await act(
      (version) => decide.mutateAsync({ appealId: appeal.id, version, decision, reason: reason?.trim() || undefined }),
      decision === 'uphold' ? t('enrollmentReview.done.appealUpheld') : t('enrollmentReview.done.appealDismissed'),
    );
    if (done) void navigate(paths.enrollmentReview.appeals.getHref());
  };

  return (
    <>
      <PageHeader
        title={t('enrollmentReview.appeal.decideTitle', { reference: a.reference })}
        subtitle={`${a.child.name} · ${format.name(a.policy.titleZh, a.policy.titleEn)}`}
        backTo={paths.enrollmentReview.appeals.getHref()}
        extra={<ButtonLink to={paths.enrollmentReview.application.getHref(a.id)}>{t('enrollmentReview.appeal.openApplication')}</ButtonLink>}
      />
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: dismissStale }}
          title={t('enrollmentReview.staleTitle')}
          description={<StaleDescription error={stale} />}
          style={{ marginBottom: 16 }}
        />
      )}
      {!appeal ? (
        <Empty description={t('enrollmentReview.appeal.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Flex vertical gap={16}>
              <Card size="small" title={t('enrollmentReview.appeal.case')}>
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    {
                      key: 'status',
                      label: t('enrollmentReview.status'),
                      children: <Tag color={STATUS_COLORS[a.status]}>{t(`enrollmentReview.statuses.${a.status}`)}</Tag>,
                    },
                    { key: 'rejectedAt', label: t('enrollmentReview.appeal.rejectedAt'), children: a.decidedAt ? format.dateTime(a.decidedAt) : '—' },
                    { key: 'rejectedBy', label: t('enrollmentReview.appeal.rejectedBy'), children: rejection?.actorName ?? '—' },
                    { key: 'rejection', label: t('enrollmentReview.appeal.rejectionReason'), children: a.decisionReason ?? '—' },
                    {
                      key: 'appealStatus',
                      label: t('enrollmentReview.appeal.title'),
                      children: <Tag color={APPEAL_STATUS_COLORS[appeal.status]}>{t(`enrollmentReview.appealStatuses.${appeal.status}`)}</Tag>,
                    },
                    { key: 'filed', label: t('enrollmentReview.appeal.filedAt'), children: format.dateTime(appeal.filedAt) },
                    {
                      key: 'reason',
                      label: t('enrollmentReview.appeal.reason'),
                      children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{appeal.reason}</Typography.Text>,
                    },
                    ...(appeal.decisionReason
                      ? [{ key: 'decisionReason', label: t('enrollmentReview.appeal.decisionReason'), children: appeal.decisionReason }]
                      : []),
                  ]}
                />
              </Card>
              <Card size="small" title={t('enrollmentReview.appeal.decision')}>
                {canDecide ? (
                  <Form<AppealDecisionValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ decision: undefined }}>
                    <Form.Item name="decision" rules={[{ required: true, message: t('enrollmentReview.appeal.chooseDecision') }]}>
                      <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                        <Radio value="uphold">{t('enrollmentReview.appeal.uphold')}</Radio>
                        <Radio value="dismiss">{t('enrollmentReview.appeal.dismiss')}</Radio>
                      </Radio.Group>
                    </Form.Item>
                    {decision === 'uphold' && unready.length > 0 && (
                      <Alert
                        type="warning"
                        showIcon
                        title={t('enrollmentReview.appeal.beforeUphold')}
                        description={
                          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                            {unready.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        }
                        action={
                          <ButtonLink size="small" to={paths.enrollmentReview.application.getHref(a.id)}>
                            {t('enrollmentReview.appeal.openApplication')}
                          </ButtonLink>
                        }
                        style={{ marginBottom: 16 }}
                      />
                    )}
                    <Form.Item
                      name="reason"
                      label={t('enrollmentReview.reason')}
                      extra={t('enrollmentReview.appeal.reasonHint')}
                      rules={[{ required: decision === 'dismiss', whitespace: true, message: t('enrollmentReview.reasonRequired') }, { max: 500 }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} />
                    </Form.Item>
                    <Button type="primary" htmlType="submit" loading={busy} danger={decision === 'dismiss'}>
                      {t('enrollmentReview.appeal.submit')}
                    </Button>
                  </Form>
                ) : (
                  <Typography.Text type="secondary">
                    {appeal.status === 'open' ? t('enrollmentReview.appeal.notYours') : t('enrollmentReview.appeal.decided')}
                  </Typography.Text>
                )}
              </Card>
            </Flex>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('enrollmentReview.appeal.evidence')}>
              {evidence.length === 0 ? (
                <Empty description={t('enrollmentReview.appeal.noEvidence')} />
              ) : (
                <Flex vertical gap={12}>
                  <Radio.Group
                    value={shown?.id}
                    onChange={(e) => setEvidenceId(e.target.value as string)}
                    optionType="button"
                    options={evidence.map((d, i) => ({ value: d.id, label: `${i + 1}. ${d.originalName}` }))}
                  />
                  {shown && <DocumentViewer key={shown.id} applicationId={a.id} documentId={shown.id} mediaType={shown.mediaType} title={shown.originalName} />}
                </Flex>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
