import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { ExchangeLink } from '../../api/cooperation-types.ts';

const HREF = {
  pairing: paths.cooperation.pairing.getHref,
  community: paths.cooperation.community.getHref,
  alliance: paths.cooperation.alliance.getHref,
} as const;

/** The pairing, community or alliance an exchange belongs to, as a link to it. */
export function BelongsToLink({ link }: { link: ExchangeLink | null }) {
  const format = useFormat();
  if (!link) return <>—</>;
  return <Link to={HREF[link.type](link.id)}>{format.name(link.nameZh, link.nameEn)}</Link>;
}
