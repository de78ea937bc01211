import { Alert, Button, Flex, Form, Popconfirm } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { PolicyRules } from '../api/policy-types.ts';
import { PointsItemFields } from './points-item-fields.tsx';
import { PolicyBasicsFields } from './policy-basics-fields.tsx';
import { isConflict, problemsOf } from './policy-errors.ts';
import { toRules, type PolicyFormValues } from './policy-form-values.ts';
import { PolicyProblems } from './policy-problems.tsx';
import { placeOf } from './problem-place.ts';
import { RouteFields } from './route-fields.tsx';
import { SchoolFields, type SchoolName } from './school-fields.tsx';

interface PolicyFormProps {
  initialValues: PolicyFormValues;
  /** The host district (designated schools are chosen in it); null while a new draft has no bureau yet. */
  hostRegionId: string | null;
  schoolNames: ReadonlyMap<string, SchoolName>;
  onSave: (rules: PolicyRules) => Promise<unknown>;
  /** Saves, then publishes: offered for a draft that exists. */
  onPublish?: (rules: PolicyRules) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else saved the draft first (409): load their version, losing these edits. */
  onReload?: () => void;
  /** Shown above the sections (the bureau of a new draft). */
  children?: ReactNode;
}

/** The editor of a draft policy: four sections, every server problem shown inline at once. */
export function PolicyForm({ initialValues, hostRegionId, schoolNames, onSave, onPublish, onCancel, onReload, children }: PolicyFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<PolicyFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const problems = problemsOf(error);

  const run = async (action: 'save' | 'publish', send: (rules: PolicyRules) => Promise<unknown>) => {
    setError(null);
    let values: PolicyFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the field errors and scrolls to the first
    }
    setBusy(action);
    try {
      await send(toRules(values));
    } catch (err) {
      setError(err);
      const listed = problemsOf(err);
      // Each problem also under its field (the names follow the API body's shape).
      const fieldErrors = listed.flatMap((p) => {
        const name = placeOf(p.field).name;
        return name ? [{ name, errors: [p.message] }] : [];
      });
      form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      // The answer is shown above the form: bring it into view from wherever the buttons were.
      window.scrollTo({ top: 0 });
    } finally {
      setBusy(null);
    }
  };

  const current = (): PolicyFormValues => form.getFieldsValue(true) as PolicyFormValues;
  const names = () => {
    const values = current();
    return {
      routes: (values.routes ?? []).map((r) => format.name(r?.nameZh, r?.nameEn)),
      pointsItems: (values.pointsItems ?? []).map((p) => format.name(p?.nameZh, p?.nameEn)),
      schools: (values.schools ?? []).map((s) => {
        const name = s && schoolNames.get(s.schoolId);
        return name ? format.name(name.nameZh, name.nameEn) : '';
      }),
    };
  };

  return (
    <Form<PolicyFormValues> form={form} layout="vertical" initialValues={initialValues} scrollToFirstError={{ block: 'center' }}>
      {isConflict(error) ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={error.message}
          description={t('enrollmentPolicies.conflictHint')}
          action={onReload && <Button onClick={onReload}>{t('enrollmentPolicies.loadLatest')}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : problems.length > 0 ? (
        <PolicyProblems title={error instanceof Error ? error.message : ''} problems={problems} names={names()} canJump />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Flex vertical gap={16}>
        {children}
        <PolicyBasicsFields />
        <RouteFields />
        <SchoolFields hostRegionId={hostRegionId} initialNames={schoolNames} />
        <PointsItemFields />
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button loading={busy === 'save'} disabled={busy === 'publish'} onClick={() => void run('save', onSave)}>
            {t('enrollmentPolicies.saveDraft')}
          </Button>
          {onPublish && (
            <Popconfirm
              title={t('enrollmentPolicies.publishConfirmTitle')}
              description={t('enrollmentPolicies.publishConfirm')}
              okText={t('enrollmentPolicies.publish')}
              cancelText={t('common.cancel')}
              onConfirm={() => void run('publish', onPublish)}
            >
              <Button type="primary" loading={busy === 'publish'} disabled={busy === 'save'}>
                {t('enrollmentPolicies.saveAndPublish')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Form>
  );
}
