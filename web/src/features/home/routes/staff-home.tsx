import { BankOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { GrantTags } from '../../../components/grant-tags.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { JurisdictionStat } from '../components/jurisdiction-stat.tsx';
import { AllSchoolsStat, RegionStat } from '../components/platform-stats.tsx';
import { QuickLinks } from '../components/quick-links.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { TodoList } from '../../todos/components/todo-list.tsx';

/** 概览: who you are, what you are responsible for, and where to go next. */
export function StaffHomeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const isPlatformAdmin = user.grants.some((g) => g.role === 'platform_admin');
  const bureaus = [...new Set(user.grants.filter((g) => g.role === 'bureau_admin' || g.role === 'bureau_reviewer').map((g) => g.organizationId))].filter(
    (id): id is string => id !== null,
  );
  const schools = user.grants.filter((g) => (g.role === 'school_admin' || g.role === 'teacher') && g.organizationId);
  const uniqueSchools = [...new Map(schools.map((g) => [g.organizationId, g])).values()];

  return (
    <Flex vertical gap={16}>
      <Card>
        <PageTitle style={{ marginTop: 0 }}>{t('home.greeting', { name: user.displayName })}</PageTitle>
        <Typography.Paragraph type="secondary">{t('home.yourRoles')}</Typography.Paragraph>
        <GrantTags grants={user.grants} />
      </Card>

      <TodoList />

      <Row gutter={[12, 12]}>
        <Col xs={12} md={8} xl={6}>
          <RegionStat />
        </Col>
        {isPlatformAdmin && (
          <Col xs={12} md={8} xl={6}>
            <AllSchoolsStat />
          </Col>
        )}
        {bureaus.map((id) => (
          <Col key={id} xs={12} md={8} xl={6}>
            <JurisdictionStat organizationId={id} />
          </Col>
        ))}
        {uniqueSchools.map((g) => (
          <Col key={g.id} xs={24} md={8} xl={6}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Text type="secondary">{t('home.mySchool')}</Typography.Text>
              <div style={{ marginTop: 4, fontSize: 16 }}>
                <BankOutlined aria-hidden />{' '}
                <Link to={paths.directory.organization.getHref(g.organizationId!)}>{format.name(g.organizationNameZh, g.organizationNameEn)}</Link>
              </div>
            </Card>
          </Col>
        ))}
      </Row>

      <div>
        <Typography.Title level={5}>{t('home.quickLinks')}</Typography.Title>
        <QuickLinks />
      </div>
    </Flex>
  );
}
