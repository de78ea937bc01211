import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useBureau } from '../api/get-bureau.ts';
import { useCreatePolicy } from '../api/create-policy.ts';
import { BureauField } from '../components/bureau-field.tsx';
import { PolicyForm } from '../components/policy-form.tsx';
import { newPolicyValues } from '../components/policy-form-values.ts';

const NO_SCHOOLS = new Map();

/** A new draft policy of the bureau's district. */
export function NewPolicyRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const create = useCreatePolicy();
  const grants = user.grants.filter((g) => g.role === 'bureau_admin' && g.organizationId);
  const isPlatformAdmin = user.grants.some((g) => g.role === 'platform_admin');
  const [bureauId, setBureauId] = useState<string | undefined>(grants.length === 1 && !isPlatformAdmin ? (grants[0]!.organizationId ?? undefined) : undefined);
  const bureau = useBureau(bureauId);
  const [initialValues] = useState(() => newPolicyValues());
  const back = paths.enrollmentPolicies.root.getHref();

  return (
    <>
      <PageHeader title={t('enrollmentPolicies.newTitle')} subtitle={t('enrollmentPolicies.newSubtitle')} backTo={back} />
      <PolicyForm
        initialValues={initialValues}
        hostRegionId={bureau.data?.regionId ?? null}
        schoolNames={NO_SCHOOLS}
        onCancel={() => void navigate(back)}
        onSave={async (rules) => {
          if (!bureauId) throw new Error(t('enrollmentPolicies.chooseBureau'));
          const policy = await create.mutateAsync({ ...rules, bureauId });
          void message.success(t('enrollmentPolicies.draftCreated'));
          void navigate(paths.enrollmentPolicies.editPolicy.getHref(policy.id), { replace: true });
        }}
      >
        <BureauField grants={grants} isPlatformAdmin={isPlatformAdmin} value={bureauId} onChange={setBureauId} />
      </PolicyForm>
    </>
  );
}
