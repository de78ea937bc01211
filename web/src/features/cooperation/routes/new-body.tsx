import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useCreateBody } from '../api/create-body.ts';
import type { BodyType } from '../api/get-body.ts';
import { BodyForm } from '../components/bodies/body-form.tsx';
import { toNewAlliance, toNewCommunity } from '../logic/body-form-values.ts';
import { myOrganizations } from '../logic/my-organizations.ts';

/** 新建共同体 / 新建联盟. */
function NewBodyRoute({ type }: { type: BodyType }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBody();
  const mine = myOrganizations(useCurrentUser().grants, type === 'community' ? ['school_admin'] : ['school_admin', 'bureau_admin']);
  const detailHref = type === 'community' ? paths.cooperation.community.getHref : paths.cooperation.alliance.getHref;
  return (
    <>
      <PageHeader
        title={t(`cooperation.bodies.new.${type}`)}
        backTo={type === 'community' ? paths.cooperation.communities.getHref() : paths.cooperation.alliances.getHref()}
      />
      <BodyForm
        type={type}
        initial={{ leaderId: mine[0]?.id }}
        known={mine.map((o) => ({ ...o, regionNameZh: '', regionNameEn: '' }))}
        submitting={create.isPending}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(type === 'community' ? { type, input: toNewCommunity(values) } : { type, input: toNewAlliance(values) });
          await navigate(detailHref(created.id));
        }}
      />
    </>
  );
}

export const NewCommunityRoute = () => <NewBodyRoute type="community" />;
export const NewAllianceRoute = () => <NewBodyRoute type="alliance" />;
