import { PlusOutlined, UnorderedListOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { STAFF_ROLES } from '../../../../../common/roles.ts';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useChangeMembership } from '../api/change-membership.ts';
import { useBody, type BodyType } from '../api/get-body.ts';
import { AddMemberModal } from '../components/bodies/add-member-modal.tsx';
import { JoinModal } from '../components/bodies/join-modal.tsx';
import { MembershipLists } from '../components/bodies/membership-lists.tsx';
import { FocusTags } from '../components/status-tags.tsx';
import { myOrganizations } from '../logic/my-organizations.ts';

/** One community or alliance: who leads it, its members and roles, requests to join, and its history. */
function BodyRoute({ type }: { type: BodyType }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  const { id = '' } = useParams();
  const body = useBody(type, id);
  const change = useChangeMembership(type, id);
  const mine = myOrganizations(useCurrentUser().grants, STAFF_ROLES);
  const [dialog, setDialog] = useState<'join' | 'add' | null>(null);
  if (body.isPending) return <PageSpinner />;
  if (body.isError) return <QueryError error={body.error} onRetry={() => void body.refetch()} />;
  const b = body.data;
  const leader = 'lead' in b ? b.lead : b.chair;
  const joinable = mine.filter((o) => b.joinableOrganizationIds.includes(o.id));
  const link = { type, id: b.id } as const;
  const fail = (err: Error) => {
    modal.error({ title: err.message });
  };

  return (
    <>
      <PageHeader
        title={b.name}
        subtitle={t(`cooperation.bodies.kind.${type}`)}
        backTo={type === 'community' ? paths.cooperation.communities.getHref() : paths.cooperation.alliances.getHref()}
        extra={
          <>
            <ButtonLink icon={<UnorderedListOutlined aria-hidden />} to={`${paths.cooperation.exchanges.getHref()}?${type}=${encodeURIComponent(b.id)}`}>
              {t('cooperation.pairings.exchanges')}
            </ButtonLink>
            <ButtonLink icon={<PlusOutlined aria-hidden />} to={paths.cooperation.newExchange.getHref(link)}>
              {t('cooperation.exchanges.log')}
            </ButtonLink>
            {joinable.length > 0 && (
              <Button icon={<UsergroupAddOutlined aria-hidden />} onClick={() => setDialog('join')}>
                {t('cooperation.bodies.join')}
              </Button>
            )}
            {b.permissions.canUpdate && (
              <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setDialog('add')}>
                {t('cooperation.bodies.addMember')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t(`cooperation.bodies.kind.${type}`)}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'leader', label: t(`cooperation.bodies.leader.${type}`), children: leader ? format.name(leader.nameZh, leader.nameEn) : '—' },
                { key: 'founded', label: t('cooperation.bodies.foundedOn'), children: b.foundedOn ? format.date(b.foundedOn) : '—' },
                {
                  key: 'counts',
                  label: t('cooperation.bodies.members'),
                  children: t('cooperation.bodies.counts', { members: b.memberCount, regions: b.regionCount }),
                },
                ...('focusAreas' in b ? [{ key: 'focus', label: t('cooperation.common.focusAreas'), children: <FocusTags areas={b.focusAreas} /> }] : []),
                ...(b.description
                  ? [
                      {
                        key: 'description',
                        label: t('cooperation.pairings.description'),
                        children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{b.description}</Typography.Paragraph>,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <MembershipLists type={type} body={b} compact={isMobile} />
        </Col>
      </Row>
      <JoinModal
        open={dialog === 'join'}
        organizations={joinable}
        loading={change.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(organizationId, note) =>
          change.mutateAsync({ action: 'join', organizationId, note }).then(() => {
            setDialog(null);
            void message.success(t('cooperation.bodies.requestSent'));
          }, fail)
        }
      />
      <AddMemberModal
        type={type}
        open={dialog === 'add'}
        exclude={b.members.map((m) => m.organization.id)}
        loading={change.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(organizationId, role) =>
          change.mutateAsync({ action: 'add', organizationId, role }).then(() => {
            setDialog(null);
            void message.success(t('cooperation.bodies.memberAdded'));
          }, fail)
        }
      />
    </>
  );
}

export const CommunityRoute = () => <BodyRoute type="community" />;
export const AllianceRoute = () => <BodyRoute type="alliance" />;
