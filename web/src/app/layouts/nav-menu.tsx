import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { canUse } from '../../lib/access.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { activeHref, NAV_ITEMS, NAV_SECTIONS } from './nav-items.tsx';

/** The side menu, in groups: only the parts of the platform the signed-in person's roles can use. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => item.area === null || canUse(user, item.area));
  const selected = activeHref(location.pathname, items);
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      items={NAV_SECTIONS.map((section) => ({
        type: 'group' as const,
        key: section,
        label: t(`nav.sections.${section}`),
        children: items.filter((item) => item.section === section).map((item) => ({ key: item.href, icon: item.icon, label: t(item.labelKey) })),
      })).filter((group) => group.children.length > 0)}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
