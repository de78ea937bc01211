import { CheckOutlined, CloseOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLIANCE_ROLES, type AllianceRole } from '../../../../../../common/cooperation.ts';
import { STAFF_ROLES } from '../../../../../../common/roles.ts';
import { useFormat } from '../../../../lib/format.ts';
import { useCurrentUser } from '../../../../lib/session.ts';
import { useChangeMembership, type MembershipChange } from '../../api/change-membership.ts';
import type { Membership } from '../../api/cooperation-types.ts';
import type { BodyDetail, BodyType } from '../../api/get-body.ts';
import { myOrganizations } from '../../logic/my-organizations.ts';
import { ReasonDialog } from '../../../../components/reason-dialog.tsx';

const ROLE_COLORS: Record<Membership['role'], string> = { lead: 'gold', chair: 'gold', vice_chair: 'orange', standing_member: 'blue', member: 'default' };

interface MembershipListsProps {
  type: BodyType;
  body: BodyDetail;
  compact: boolean;
}

/** Members with their roles, requests to join (for the managers and the asker), and everyone who was ever a member. */
export function MembershipLists({ type, body, compact }: MembershipListsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const change = useChangeMembership(type, body.id);
  const [asking, setAsking] = useState<{ action: 'reject' | 'leave' | 'remove'; membership: Membership } | null>(null);
  // A member leaves by itself; the managers remove others (the same step on the server).
  const mine = new Set(myOrganizations(useCurrentUser().grants, STAFF_ROLES).map((o) => o.id));
  const leaving = (m: Membership): 'leave' | 'remove' => (mine.has(m.organization.id) ? 'leave' : 'remove');

  const run = (step: MembershipChange, done: string) =>
    change.mutateAsync(step).then(
      () => {
        setAsking(null);
        void message.success(done);
      },
      (err: Error) => {
        modal.error({ title: err.message });
      },
    );

  const organization = (m: Membership) => (
    <Flex vertical gap={0}>
      <span>{format.name(m.organization.nameZh, m.organization.nameEn)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {format.name(m.organization.regionNameZh, m.organization.regionNameEn)}
      </Typography.Text>
    </Flex>
  );
  const role = (m: Membership) =>
    type === 'alliance' && m.permissions.canChangeRole ? (
      <Select<AllianceRole>
        size="small"
        value={m.role as AllianceRole}
        aria-label={t('cooperation.bodies.role')}
        onChange={(next) => void run({ action: 'role', membershipId: m.id, version: m.version, role: next }, t('cooperation.bodies.roleChanged'))}
        options={ALLIANCE_ROLES.map((r) => ({ value: r, label: t(`cooperation.roles.${r}`) }))}
        style={{ minWidth: compact ? 96 : 120 }}
        popupMatchSelectWidth={false}
      />
    ) : (
      <Tag color={ROLE_COLORS[m.role]}>{t(`cooperation.roles.${m.role}`)}</Tag>
    );

  const memberColumns: TableColumnsType<Membership> = [
    { title: t('cooperation.common.organization'), key: 'org', render: (_, m) => organization(m) },
    { title: t('cooperation.bodies.role'), key: 'role', render: (_, m) => role(m) },
    ...(compact
      ? []
      : [{ title: t('cooperation.bodies.joinedOn'), key: 'joined', render: (_: unknown, m: Membership) => (m.joinedOn ? format.date(m.joinedOn) : '—') }]),
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) =>
        m.permissions.canLeave && (
          <Button size="small" icon={compact ? undefined : <LogoutOutlined aria-hidden />} onClick={() => setAsking({ action: leaving(m), membership: m })}>
            {t(`cooperation.bodies.${leaving(m)}`)}
          </Button>
        ),
    },
  ];
  const requestColumns: TableColumnsType<Membership> = [
    { title: t('cooperation.common.organization'), key: 'org', render: (_, m) => organization(m) },
    { title: t('cooperation.bodies.requestedAt'), key: 'at', render: (_, m) => format.date(m.requestedAt) },
    ...(compact ? [] : [{ title: t('cooperation.bodies.note'), key: 'note', render: (_: unknown, m: Membership) => m.decisionReason ?? '—' }]),
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) => (
        <Flex gap={4} wrap>
          {m.permissions.canApprove && (
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              loading={change.isPending}
              onClick={() => void run({ action: 'approve', membershipId: m.id, version: m.version }, t('cooperation.bodies.approved'))}
            >
              {t('cooperation.bodies.approve')}
            </Button>
          )}
          {m.permissions.canReject && (
            <Button size="small" danger icon={<CloseOutlined aria-hidden />} onClick={() => setAsking({ action: 'reject', membership: m })}>
              {t('cooperation.bodies.reject')}
            </Button>
          )}
          {m.permissions.canLeave && (
            <Button size="small" onClick={() => setAsking({ action: 'leave', membership: m })}>
              {t('cooperation.bodies.withdrawRequest')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  const historyColumns: TableColumnsType<Membership> = [
    { title: t('cooperation.common.organization'), key: 'org', render: (_, m) => organization(m) },
    { title: t('cooperation.bodies.status'), key: 'status', render: (_, m) => <Tag>{t(`cooperation.membershipStatuses.${m.status}`)}</Tag> },
    {
      title: t('cooperation.bodies.period'),
      key: 'period',
      render: (_, m) => (m.joinedOn ? `${format.date(m.joinedOn)} – ${m.leftOn ? format.date(m.leftOn) : ''}` : format.date(m.requestedAt)),
    },
    ...(compact
      ? []
      : [{ title: t('cooperation.common.reason'), key: 'reason', render: (_: unknown, m: Membership) => m.leftReason ?? m.decisionReason ?? '—' }]),
  ];
  const table = (rows: Membership[], columns: TableColumnsType<Membership>) => (
    <Table<Membership>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={compact ? undefined : { x: 'max-content' }}
    />
  );

  return (
    <Flex vertical gap={16}>
      {body.requests.length > 0 && (
        <Card size="small" title={t('cooperation.bodies.requests', { count: body.requests.length })}>
          {table(body.requests, requestColumns)}
        </Card>
      )}
      <Card size="small" title={t('cooperation.bodies.memberList', { count: body.members.length })}>
        {table(body.members, memberColumns)}
      </Card>
      {body.history.length > 0 && (
        <Card size="small" title={t('cooperation.bodies.history')}>
          {table(body.history, historyColumns)}
        </Card>
      )}
      <ReasonDialog
        open={asking !== null}
        title={
          asking
            ? t(`cooperation.bodies.${asking.action}Title`, { name: format.name(asking.membership.organization.nameZh, asking.membership.organization.nameEn) })
            : ''
        }
        okText={asking ? t(`cooperation.bodies.${asking.action}`) : ''}
        danger
        required={asking?.action === 'reject'}
        loading={change.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={(reason) => {
          if (!asking) return;
          const { membership: m } = asking;
          return asking.action === 'reject'
            ? run({ action: 'reject', membershipId: m.id, version: m.version, reason: reason ?? '' }, t('cooperation.bodies.rejected'))
            : run(
                { action: 'leave', membershipId: m.id, version: m.version, reason },
                t(asking.action === 'remove' ? 'cooperation.bodies.removed' : 'cooperation.bodies.left'),
              );
        }}
      />
    </Flex>
  );
}
