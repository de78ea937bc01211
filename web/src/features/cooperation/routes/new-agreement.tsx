import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { STAFF_ROLES } from '../../../../../common/roles.ts';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useCreateAgreement } from '../api/create-agreement.ts';
import { AgreementForm } from '../components/agreements/agreement-form.tsx';
import { myOrganizations } from '../logic/my-organizations.ts';

/** 新建协议: a draft, which each party's admin then confirms. */
export function NewAgreementRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = myOrganizations(
    useCurrentUser().grants,
    STAFF_ROLES.filter((r) => r === 'bureau_admin' || r === 'school_admin'),
  );
  const create = useCreateAgreement();
  const [clientKey] = useState(() => crypto.randomUUID());
  return (
    <>
      <PageHeader
        title={t('cooperation.agreements.newTitle')}
        subtitle={t('cooperation.agreements.newSubtitle')}
        backTo={paths.cooperation.agreements.getHref()}
      />
      <AgreementForm
        initial={{ partyOrganizationIds: mine.slice(0, 1).map((o) => o.id) }}
        known={mine.map((o) => ({ ...o, regionNameZh: '', regionNameEn: '' }))}
        submitLabel={t('cooperation.agreements.saveDraft')}
        submitting={create.isPending}
        onSubmit={async (input) => {
          const agreement = await create.mutateAsync({ ...input, clientKey });
          await navigate(paths.cooperation.agreement.getHref(agreement.id));
        }}
      />
    </>
  );
}
