import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  QrcodeOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  LinkOutlined,
  NodeIndexOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../../lib/access.ts';
import { paths } from '../paths.ts';

export interface NavItem {
  href: string;
  icon: ReactNode;
  labelKey:
    | 'nav.home'
    | 'nav.directory'
    | 'nav.schoolFiles'
    | 'nav.users'
    | 'nav.audit'
    | 'nav.enrollmentPolicies'
    | 'nav.enrollmentReview'
    | 'nav.enrollmentAllocation'
    | 'nav.enrollmentRoster'
    | 'nav.enrollmentStatistics'
    | 'nav.cooperationPairings'
    | 'nav.cooperationPartnerFinder'
    | 'nav.cooperationExchanges'
    | 'nav.cooperationAgreements'
    | 'nav.cooperationBodies'
    | 'nav.cooperationDashboard'
    | 'nav.cooperationImport'
    | 'nav.events'
    | 'nav.myEvents';
  /** Who sees the item (lib/access.ts); null: everyone signed in. */
  area: Area | null;
  /** The menu group it is shown under. */
  section: NavSection;
}

/** The menu's groups, in order; each has a heading in the menu (nav.sections.*). */
export const NAV_SECTIONS = ['platform', 'events', 'enrollment', 'cooperation', 'administration'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export const NAV_ITEMS: readonly NavItem[] = [
  { href: paths.home.getHref(), icon: <HomeOutlined aria-hidden />, labelKey: 'nav.home', area: null, section: 'platform' },
  { href: paths.directory.root.getHref(), icon: <ApartmentOutlined aria-hidden />, labelKey: 'nav.directory', area: 'directory', section: 'platform' },
  {
    href: paths.directory.schoolFiles.getHref(),
    icon: <FileExcelOutlined aria-hidden />,
    labelKey: 'nav.schoolFiles',
    area: 'schoolFiles',
    section: 'platform',
  },
  { href: paths.events.root.getHref(), icon: <CalendarOutlined aria-hidden />, labelKey: 'nav.events', area: 'events', section: 'events' },
  { href: paths.events.mine.getHref(), icon: <QrcodeOutlined aria-hidden />, labelKey: 'nav.myEvents', area: 'events', section: 'events' },
  {
    href: paths.enrollmentPolicies.root.getHref(),
    icon: <FileProtectOutlined aria-hidden />,
    labelKey: 'nav.enrollmentPolicies',
    area: 'enrollmentPolicies',
    section: 'enrollment',
  },
  {
    href: paths.enrollmentReview.inbox.getHref(),
    icon: <FileSearchOutlined aria-hidden />,
    labelKey: 'nav.enrollmentReview',
    area: 'enrollmentReview',
    section: 'enrollment',
  },
  {
    href: paths.enrollmentAllocation.root.getHref(),
    icon: <NodeIndexOutlined aria-hidden />,
    labelKey: 'nav.enrollmentAllocation',
    area: 'enrollmentAllocation',
    section: 'enrollment',
  },
  {
    href: paths.enrollmentRoster.getHref(),
    icon: <SolutionOutlined aria-hidden />,
    labelKey: 'nav.enrollmentRoster',
    area: 'enrollmentRoster',
    section: 'enrollment',
  },
  {
    href: paths.enrollmentStatistics.getHref(),
    icon: <BarChartOutlined aria-hidden />,
    labelKey: 'nav.enrollmentStatistics',
    area: 'enrollmentStatistics',
    section: 'enrollment',
  },
  {
    href: paths.cooperation.pairings.getHref(),
    icon: <LinkOutlined aria-hidden />,
    labelKey: 'nav.cooperationPairings',
    area: 'cooperation',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.partnerFinder.getHref(),
    icon: <AimOutlined aria-hidden />,
    labelKey: 'nav.cooperationPartnerFinder',
    area: 'cooperationPartnerFinder',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.exchanges.getHref(),
    icon: <SwapOutlined aria-hidden />,
    labelKey: 'nav.cooperationExchanges',
    area: 'cooperation',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.agreements.getHref(),
    icon: <FileDoneOutlined aria-hidden />,
    labelKey: 'nav.cooperationAgreements',
    area: 'cooperation',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.communities.getHref(),
    icon: <ClusterOutlined aria-hidden />,
    labelKey: 'nav.cooperationBodies',
    area: 'cooperation',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.dashboard.getHref(),
    icon: <DashboardOutlined aria-hidden />,
    labelKey: 'nav.cooperationDashboard',
    area: 'cooperationDashboard',
    section: 'cooperation',
  },
  {
    href: paths.cooperation.import.getHref(),
    icon: <CloudUploadOutlined aria-hidden />,
    labelKey: 'nav.cooperationImport',
    area: 'cooperationImport',
    section: 'cooperation',
  },
  { href: paths.users.root.getHref(), icon: <TeamOutlined aria-hidden />, labelKey: 'nav.users', area: 'users', section: 'administration' },
  { href: paths.audit.getHref(), icon: <AuditOutlined aria-hidden />, labelKey: 'nav.audit', area: 'audit', section: 'administration' },
];

/** The item a page belongs to: the longest matching prefix ('/directory/school-files' beats '/directory'). */
export function activeHref(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => (item.href === '/' ? pathname === '/' : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
