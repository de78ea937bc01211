import { CheckCircleFilled, CheckOutlined, ClockCircleOutlined, CloseOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { ReviewApplication, ReviewDocument } from '../api/review-types.ts';
import { DocumentViewer } from './document-viewer.tsx';
import { DOCUMENT_STATUS_COLORS } from './labels.ts';
import { ReasonDialog } from '../../../components/reason-dialog.tsx';

interface DocumentReviewProps {
  application: ReviewApplication;
  canDecide: boolean;
  busy: boolean;
  onDecide: (document: ReviewDocument, decision: 'accept' | 'reject', reason?: string) => Promise<boolean>;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The route's materials, each document with its decision, and the chosen document shown in the page. */
export function DocumentReview({ application: a, canDecide, busy, onDecide }: DocumentReviewProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const current = a.documents.filter((d) => d.status !== 'superseded' && !d.isErased && d.appealId === null);
  const [selectedId, setSelectedId] = useState<string | null>(current[0]?.id ?? null);
  const [rejecting, setRejecting] = useState<ReviewDocument | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const history = a.documents.filter((d) => (d.status === 'superseded' || d.isErased) && d.appealId === null);
  const selected = a.documents.find((d) => d.id === selectedId) ?? null;
  const materialName = (d: Pick<ReviewDocument, 'material'>) => t(`enrollmentPolicies.materials.${d.material}`);

  const row = (d: ReviewDocument) => (
    <Flex
      key={d.id}
      gap={8}
      wrap
      align="center"
      style={{
        padding: `${token.paddingXS}px ${token.paddingSM}px`,
        borderRadius: token.borderRadius,
        background: d.id === selectedId ? token.colorPrimaryBg : undefined,
        border: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Flex vertical style={{ flex: '1 1 200px', minWidth: 0 }}>
        <span>
          <Typography.Text strong>{materialName(d)}</Typography.Text>{' '}
          <Tag color={DOCUMENT_STATUS_COLORS[d.status]}>{t(`enrollmentReview.documentStatuses.${d.status}`)}</Tag>
          {d.supplementRequestId && <Tag color="orange">{t('enrollmentReview.documents.supplement')}</Tag>}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: d.originalName }}>
          {d.originalName} · {sizeText(d.sizeBytes)} · {format.dateTime(d.uploadedAt)}
        </Typography.Text>
        {d.rejectionReason && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('enrollmentReview.documents.rejectedBecause', { reason: d.rejectionReason })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={4} wrap>
        {!d.isErased && (
          <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => setSelectedId(d.id)} aria-pressed={d.id === selectedId}>
            {t('enrollmentReview.documents.view')}
          </Button>
        )}
        {canDecide && d.status !== 'superseded' && !d.isErased && (
          <>
            <Button size="small" icon={<CheckOutlined aria-hidden />} disabled={busy || d.status === 'accepted'} onClick={() => void onDecide(d, 'accept')}>
              {t('enrollmentReview.documents.accept')}
            </Button>
            <Button size="small" danger icon={<CloseOutlined aria-hidden />} disabled={busy || d.status === 'rejected'} onClick={() => setRejecting(d)}>
              {t('enrollmentReview.documents.reject')}
            </Button>
          </>
        )}
      </Flex>
    </Flex>
  );

  return (
    <Card size="small" title={t('enrollmentReview.documents.title')}>
      <Flex vertical gap={12}>
        <Flex gap={6} wrap aria-label={t('enrollmentReview.documents.checklist')}>
          {a.materials.map((m) => (
            <Tag
              key={m.material}
              icon={m.isAccepted ? <CheckCircleFilled aria-hidden /> : <ClockCircleOutlined aria-hidden />}
              color={m.isAccepted ? 'success' : m.requirement === 'mandatory' ? 'warning' : 'default'}
            >
              {materialName(m)} · {t(`enrollmentPolicies.requirements.${m.requirement}`)}
            </Tag>
          ))}
        </Flex>
        {current.length === 0 ? <Empty description={t('enrollmentReview.documents.none')} /> : current.map(row)}
        {history.length > 0 && (
          <div>
            <Button type="link" size="small" onClick={() => setShowHistory((s) => !s)} style={{ paddingInline: 0 }}>
              {showHistory ? t('enrollmentReview.documents.hideHistory') : t('enrollmentReview.documents.showHistory', { count: history.length })}
            </Button>
            {showHistory && (
              <Flex vertical gap={8}>
                {history.map(row)}
              </Flex>
            )}
          </div>
        )}
        {selected && !selected.isErased && (
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {materialName(selected)} · {selected.originalName}
            </Typography.Title>
            {/* Keyed: another document is another fetch (each view is audited on the server). */}
            <DocumentViewer
              key={selected.id}
              applicationId={a.id}
              documentId={selected.id}
              mediaType={selected.mediaType}
              title={`${materialName(selected)} ${selected.originalName}`}
            />
          </div>
        )}
      </Flex>
      <ReasonDialog
        open={rejecting !== null}
        title={rejecting ? t('enrollmentReview.documents.rejectTitle', { material: materialName(rejecting) }) : ''}
        hint={t('enrollmentReview.documents.rejectHint')}
        okText={t('enrollmentReview.documents.reject')}
        danger
        label={t('enrollmentReview.reason')}
        requiredMessage={t('enrollmentReview.reasonRequired')}
        loading={busy}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason = '') => {
          if (rejecting && (await onDecide(rejecting, 'reject', reason))) setRejecting(null);
        }}
      />
    </Card>
  );
}
