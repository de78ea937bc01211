import { Alert, Button, Flex, Result, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useCreateAssistedApplication } from '../api/create-assisted-application.ts';
import type { FiledApplication } from '../api/review-types.ts';
import { AssistedFilingForm } from '../components/assisted-filing-form.tsx';
import { toAssistedApplication, type AssistedFilingValues } from '../components/assisted-filing-values.ts';
import { CounterDocuments } from '../components/counter-documents.tsx';

/** 窗口代办: a reviewer files an application for a family at a service counter, then scans the documents into it. */
export function AssistedFilingRoute() {
  const { t } = useTranslation();
  const create = useCreateAssistedApplication();
  const [filed, setFiled] = useState<FiledApplication | null>(null);
  const [error, setError] = useState<unknown>(null);
  // One key per filing: a retry after a lost answer is recognised by the server and answered with the first result.
  const idempotencyKey = useRef<string | null>(null);

  const submit = async (values: AssistedFilingValues) => {
    setError(null);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      setFiled(await create.mutateAsync({ input: toAssistedApplication(values), idempotencyKey: idempotencyKey.current }));
      idempotencyKey.current = null;
      window.scrollTo({ top: 0 });
    } catch (err) {
      setError(err);
      // The server answered: the next attempt is a new request (with corrected data). Only a lost answer keeps the key.
      if (err instanceof ApiError && err.status !== 0) idempotencyKey.current = null;
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  return (
    <>
      <PageHeader
        title={t('enrollmentReview.assistedFiling')}
        subtitle={t('enrollmentReview.assistedForm.subtitle')}
        backTo={paths.enrollmentReview.inbox.getHref()}
      />
      <Steps
        current={filed ? 1 : 0}
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ title: t('enrollmentReview.assistedForm.stepForm') }, { title: t('enrollmentReview.assistedForm.stepDocuments') }]}
      />
      {filed ? (
        <Flex vertical gap={16}>
          <Result
            status="success"
            title={t('enrollmentReview.assistedForm.filed', { reference: filed.reference })}
            subTitle={t('enrollmentReview.assistedForm.filedHint')}
            style={{ padding: '16px 0' }}
          />
          <CounterDocuments application={filed} />
          <Alert type="info" showIcon title={t('enrollmentReview.assistedForm.smsHint')} />
          <Flex gap={8} wrap justify="flex-end">
            <Button onClick={() => setFiled(null)}>{t('enrollmentReview.assistedForm.another')}</Button>
            <ButtonLink type="primary" to={paths.enrollmentReview.application.getHref(filed.id)}>
              {t('enrollmentReview.assistedForm.openApplication')}
            </ButtonLink>
          </Flex>
        </Flex>
      ) : (
        <AssistedFilingForm error={error} submitting={create.isPending} onSubmit={(values) => void submit(values)} />
      )}
    </>
  );
}
