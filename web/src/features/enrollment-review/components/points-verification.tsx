import { Alert, Button, Card, Flex, Input, InputNumber, Select, Statistic, Table, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useReviewPolicy } from '../api/get-review-policy.ts';
import type { PointsLine, ReviewApplication } from '../api/review-types.ts';
import { changedKeys, initialVerified, previewVerified, reasonsFor, toVerified, type PointsValues } from './points-values.ts';

interface PointsVerificationProps {
  application: ReviewApplication;
  canVerify: boolean;
  busy: boolean;
  onVerify: (verified: Record<string, number | string>, reasons: Record<string, string>) => Promise<boolean>;
}

/** Declared against verified, item by item: the reviewer enters what the documents prove and sees the total it gives. */
export function PointsVerification({ application: a, canVerify, busy, onVerify }: PointsVerificationProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const policy = useReviewPolicy(a.policy.id);
  const [values, setValues] = useState<PointsValues>(() => initialVerified(a.points.items));
  const preview = policy.data ? previewVerified(policy.data.pointsItems, values) : null;
  const [reasons, setReasons] = useState<Record<string, string>>(() =>
    Object.fromEntries(a.points.items.flatMap((l) => (l.reason ? [[l.key, l.reason]] : []))),
  );
  const [showMissing, setShowMissing] = useState(false);
  const changed = changedKeys(a.points.items, values);
  const missingReason = (key: string) => changed.includes(key) && (reasons[key] ?? '').trim() === '';

  const save = () => {
    // A changed value needs its reason before anything is sent (the server refuses it too).
    if (changed.some(missingReason)) return setShowMissing(true);
    void onVerify(toVerified(values), reasonsFor(changed, reasons));
  };

  const reasonField = (l: PointsLine) =>
    changed.includes(l.key) && (
      <Flex vertical gap={2} style={{ maxWidth: 320 }}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          value={reasons[l.key] ?? ''}
          onChange={(e) => setReasons((current) => ({ ...current, [l.key]: e.target.value }))}
          placeholder={t('enrollmentReview.points.reasonPlaceholder')}
          aria-label={t('enrollmentReview.points.reasonOf', { item: format.name(l.nameZh, l.nameEn) })}
          aria-invalid={showMissing && missingReason(l.key)}
          status={showMissing && missingReason(l.key) ? 'error' : undefined}
        />
        {showMissing && missingReason(l.key) && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('enrollmentReview.points.reasonRequired')}
          </Typography.Text>
        )}
      </Flex>
    );

  const valueText = (line: PointsLine, value: number | string | null) => {
    if (value === null) return '—';
    if (line.kind === 'per_month') return t('enrollmentReview.points.months', { count: Number(value) });
    const option = line.options?.find((o) => o.value === value);
    return option ? format.name(option.labelZh, option.labelEn) : String(value);
  };

  const input = (line: PointsLine) =>
    line.kind === 'per_month' ? (
      <InputNumber
        min={0}
        max={1200}
        precision={0}
        value={typeof values[line.key] === 'number' ? (values[line.key] as number) : null}
        onChange={(v) => setValues((current) => ({ ...current, [line.key]: v }))}
        suffix={t('enrollmentReview.points.monthUnit')}
        aria-label={t('enrollmentReview.points.verifiedOf', { item: format.name(line.nameZh, line.nameEn) })}
        style={{ width: 120 }}
      />
    ) : (
      <Select
        allowClear
        value={typeof values[line.key] === 'string' ? (values[line.key] as string) : undefined}
        onChange={(v?: string) => setValues((current) => ({ ...current, [line.key]: v ?? null }))}
        options={(line.options ?? []).map((o) => ({ value: o.value, label: `${format.name(o.labelZh, o.labelEn)} (${format.number(o.points)})` }))}
        aria-label={t('enrollmentReview.points.verifiedOf', { item: format.name(line.nameZh, line.nameEn) })}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
      />
    );

  const verifiedCell = (l: PointsLine) =>
    canVerify ? (
      <Flex vertical gap={2}>
        {input(l)}
        {preview && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('enrollmentReview.points.nPoints', { count: preview.byKey.get(l.key) ?? 0 })}
          </Typography.Text>
        )}
        {reasonField(l)}
      </Flex>
    ) : (
      <Flex vertical>
        <span>{valueText(l, l.verifiedValue)}</span>
        {l.verifiedPoints !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('enrollmentReview.points.nPoints', { count: l.verifiedPoints })}
          </Typography.Text>
        )}
        {l.reason && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('enrollmentReview.points.reasonShown', { reason: l.reason })}
          </Typography.Text>
        )}
      </Flex>
    );

  return (
    <Card size="small" title={t('enrollmentReview.points.title')}>
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic title={t('enrollmentReview.points.declaredTotal')} value={a.points.declaredTotal} />
          <Statistic title={t('enrollmentReview.points.verifiedTotal')} value={a.points.verifiedTotal ?? '—'} />
          {canVerify && preview && (
            <Statistic title={t('enrollmentReview.points.previewTotal')} value={preview.total} valueStyle={{ color: token.colorPrimary }} />
          )}
        </Flex>
        {a.points.isRequired && a.points.verifiedTotal === null && <Alert type="info" showIcon title={t('enrollmentReview.points.requiredHint')} />}
        {isMobile ? (
          // Phones: one block per item, nothing to scroll sideways.
          <Flex vertical gap={8}>
            {a.points.items.map((l) => (
              <Flex
                key={l.key}
                vertical
                gap={4}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  padding: `${token.paddingXS}px ${token.paddingSM}px`,
                }}
              >
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{format.name(l.nameZh, l.nameEn)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('enrollmentReview.points.cap')} {format.number(l.cap)}
                  </Typography.Text>
                </Flex>
                <Typography.Text>
                  {t('enrollmentReview.points.declared')}
                  {t('enrollmentPolicies.colon')}
                  {valueText(l, l.declaredValue)} · {t('enrollmentReview.points.nPoints', { count: l.declaredPoints })}
                </Typography.Text>
                {verifiedCell(l)}
              </Flex>
            ))}
          </Flex>
        ) : (
          <Table<PointsLine>
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={a.points.items}
            columns={[
              { title: t('enrollmentReview.points.item'), key: 'item', render: (_, l) => format.name(l.nameZh, l.nameEn) },
              {
                title: t('enrollmentReview.points.declared'),
                key: 'declared',
                render: (_, l) => (
                  <Flex vertical>
                    <span>{valueText(l, l.declaredValue)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('enrollmentReview.points.nPoints', { count: l.declaredPoints })}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('enrollmentReview.points.verified'), key: 'verified', render: (_, l) => verifiedCell(l) },
              { title: t('enrollmentReview.points.cap'), key: 'cap', align: 'right', render: (_, l) => format.number(l.cap) },
            ]}
          />
        )}
        {canVerify && (
          <Flex justify="flex-end">
            <Button type="primary" ghost loading={busy} onClick={save}>
              {t('enrollmentReview.points.save')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
