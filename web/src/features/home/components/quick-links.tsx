import { ApartmentOutlined, AuditOutlined, CalendarOutlined, FileExcelOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { canUse, type Area } from '../../../lib/access.ts';
import { useCurrentUser } from '../../../lib/session.ts';

interface QuickLink {
  href: string;
  icon: ReactNode;
  title: 'nav.events' | 'nav.directory' | 'nav.schoolFiles' | 'nav.users' | 'nav.audit' | 'nav.profile';
  description: 'home.links.events' | 'home.links.directory' | 'home.links.schoolFiles' | 'home.links.users' | 'home.links.audit' | 'home.links.profile';
  area: Area | null;
}

const LINKS: QuickLink[] = [
  { href: paths.events.root.getHref(), icon: <CalendarOutlined aria-hidden />, title: 'nav.events', description: 'home.links.events', area: 'events' },
  {
    href: paths.directory.root.getHref(),
    icon: <ApartmentOutlined aria-hidden />,
    title: 'nav.directory',
    description: 'home.links.directory',
    area: 'directory',
  },
  {
    href: paths.directory.schoolFiles.getHref(),
    icon: <FileExcelOutlined aria-hidden />,
    title: 'nav.schoolFiles',
    description: 'home.links.schoolFiles',
    area: 'schoolFiles',
  },
  { href: paths.users.root.getHref(), icon: <TeamOutlined aria-hidden />, title: 'nav.users', description: 'home.links.users', area: 'users' },
  { href: paths.audit.getHref(), icon: <AuditOutlined aria-hidden />, title: 'nav.audit', description: 'home.links.audit', area: 'audit' },
  { href: paths.profile.root.getHref(), icon: <UserOutlined aria-hidden />, title: 'nav.profile', description: 'home.links.profile', area: null },
];

/** Shortcuts to what this person's roles can use. */
export function QuickLinks() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const user = useCurrentUser();
  const links = LINKS.filter((link) => link.area === null || canUse(user, link.area));
  return (
    <Row gutter={[12, 12]}>
      {links.map((link) => (
        <Col key={link.href} xs={24} sm={12} xl={8}>
          <Link to={link.href}>
            <Card hoverable size="small" style={{ height: '100%' }}>
              <Flex gap={12} align="flex-start">
                <span style={{ fontSize: 22, color: token.colorPrimary }}>{link.icon}</span>
                <div>
                  <Typography.Text strong>{t(link.title)}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t(link.description)}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
