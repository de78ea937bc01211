import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useCreatePairing } from '../api/create-pairing.ts';
import { useOrganizationsById } from '../api/get-organizations-by-id.ts';
import { PairingForm } from '../components/pairings/pairing-form.tsx';
import { mySchools } from '../logic/my-organizations.ts';
import { partnerIdsFrom } from '../logic/pairing-form-values.ts';

/** 发起结对: a school admin proposes a pairing (often with partners chosen in the partner finder). */
export function NewPairingRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const schools = mySchools(useCurrentUser().grants);
  const partnerIds = partnerIdsFrom(params);
  const partners = useOrganizationsById(partnerIds);
  const create = useCreatePairing();
  const proposer = schools.find((s) => s.id === params.get('proposer')) ?? schools[0];

  return (
    <>
      <PageHeader
        title={t('cooperation.pairings.proposeTitle')}
        subtitle={t('cooperation.pairings.proposeSubtitle')}
        backTo={paths.cooperation.pairings.getHref()}
      />
      {schools.length === 0 ? (
        <Result status="info" title={t('cooperation.pairings.onlySchools')} />
      ) : (
        <PairingForm
          // A new set of partners from the finder starts a fresh form.
          key={partnerIds.join(',')}
          schools={schools}
          initial={{ proposerSchoolId: proposer?.id, partnerSchoolIds: partnerIds }}
          knownPartners={partners}
          submitting={create.isPending}
          onSubmit={async (proposal) => {
            const pairing = await create.mutateAsync(proposal);
            await navigate(paths.cooperation.pairing.getHref(pairing.id));
          }}
        />
      )}
    </>
  );
}
