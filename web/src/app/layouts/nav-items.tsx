import {
  AimOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, CloudUploadOutlined, ClusterOutlined, DashboardOutlined, FileDoneOutlined, FileExcelOutlined, FileProtectOutlined,
  FileSearchOutlined, HomeOutlined, LinkOutlined, NodeIndexOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../../lib/access.ts';
import { paths } from '../paths.ts';

export interface NavItem {
  href: string;
  icon: ReactNode;
  labelKey: 'nav.home' | 'nav.directory' | 'nav.schoolFiles' | 'nav.users' | 'nav.audit'
    | 'nav.enrollmentPolicies' | 'nav.enrollmentReview' | 'nav.enrollmentAllocation' | 'nav.enrollmentRoster' | 'nav.enrollmentStatistics'
    | 'nav.cooperationPairings' | 'nav.cooperationPartnerFinder' | 'nav.cooperationExchanges' | 'nav.cooperationAgreements' | 'nav.cooperationBodies'
    | 'nav.cooperationDashboard' | 'nav.cooperationImport';
  /** Who sees the item (lib/access.ts); null: everyone signed in. */
  area: Area | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: paths.home.getHref(), icon: <HomeOutlined aria-hidden />, labelKey: 'nav.home', area: null },
  { href: paths.directory.root.getHref(), icon: <ApartmentOutlined aria-hidden />, labelKey: 'nav.directory', area: 'directory' },
  { href: paths.directory.schoolFiles.getHref(), icon: <FileExcelOutlined aria-hidden />, labelKey: 'nav.schoolFiles', area: 'schoolFiles' },
  { href: paths.enrollmentPolicies.root.getHref(), icon: <FileProtectOutlined aria-hidden />, labelKey: 'nav.enrollmentPolicies', area: 'enrollmentPolicies' },
  { href: paths.enrollmentReview.inbox.getHref(), icon: <FileSearchOutlined aria-hidden />, labelKey: 'nav.enrollmentReview', area: 'enrollmentReview' },
  { href: paths.enrollmentAllocation.root.getHref(), icon: <NodeIndexOutlined aria-hidden />, labelKey: 'nav.enrollmentAllocation', area: 'enrollmentAllocation' },
  { href: paths.enrollmentRoster.getHref(), icon: <SolutionOutlined aria-hidden />, labelKey: 'nav.enrollmentRoster', area: 'enrollmentRoster' },
  { href: paths.enrollmentStatistics.getHref(), icon: <BarChartOutlined aria-hidden />, labelKey: 'nav.enrollmentStatistics', area: 'enrollmentStatistics' },
  { href: paths.cooperation.pairings.getHref(), icon: <LinkOutlined aria-hidden />, labelKey: 'nav.cooperationPairings', area: 'cooperation' },
  { href: paths.cooperation.partnerFinder.getHref(), icon: <AimOutlined aria-hidden />, labelKey: 'nav.cooperationPartnerFinder', area: 'cooperationPartnerFinder' },
  { href: paths.cooperation.exchanges.getHref(), icon: <SwapOutlined aria-hidden />, labelKey: 'nav.cooperationExchanges', area: 'cooperation' },
  { href: paths.cooperation.agreements.getHref(), icon: <FileDoneOutlined aria-hidden />, labelKey: 'nav.cooperationAgreements', area: 'cooperation' },
  { href: paths.cooperation.communities.getHref(), icon: <ClusterOutlined aria-hidden />, labelKey: 'nav.cooperationBodies', area: 'cooperation' },
  { href: paths.cooperation.dashboard.getHref(), icon: <DashboardOutlined aria-hidden />, labelKey: 'nav.cooperationDashboard', area: 'cooperationDashboard' },
  { href: paths.cooperation.import.getHref(), icon: <CloudUploadOutlined aria-hidden />, labelKey: 'nav.cooperationImport', area: 'cooperationImport' },
  { href: paths.users.root.getHref(), icon: <TeamOutlined aria-hidden />, labelKey: 'nav.users', area: 'users' },
  { href: paths.audit.getHref(), icon: <AuditOutlined aria-hidden />, labelKey: 'nav.audit', area: 'audit' },
];

/** The item a page belongs to: the longest matching prefix ('/directory/school-files' beats '/directory'). */
export function activeHref(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => (item.href === '/' ? pathname === '/' : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
