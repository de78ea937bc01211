import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { STAFF_ROLES } from '../../../../../common/roles.ts';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner } from '../../../components/query-states.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useCreateExchange } from '../api/create-exchange.ts';
import { exchangeQueryOptions } from '../api/get-exchange.ts';
import { usePairing } from '../api/get-pairing.ts';
import { uploadExchangeFile } from '../api/upload-exchange-file.ts';
import { ExchangeForm } from '../components/exchanges/exchange-form.tsx';
import { FileChooser, type ChosenFile } from '../components/exchanges/file-chooser.tsx';
import { hostAndPartnersOf, linkFrom } from '../logic/exchange-form-values.ts';
import { myOrganizations } from '../logic/my-organizations.ts';

/** 登记交流: the log form; photos and documents are sent once the exchange exists. */
export function NewExchangeRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const link = linkFrom(params);
  const mine = myOrganizations(useCurrentUser().grants, STAFF_ROLES);
  const pairing = usePairing(link?.type === 'pairing' ? link.id : undefined);
  const create = useCreateExchange();
  // One key per visit to the form: a retried save returns the exchange the first one made.
  const [clientKey] = useState(() => crypto.randomUUID());
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [uploading, setUploading] = useState(false);

  if (link?.type === 'pairing' && pairing.isPending) return <PageSpinner />;
  const fromPairing = pairing.data
    ? hostAndPartnersOf(
        pairing.data,
        mine.map((o) => o.id),
      )
    : null;
  const known = pairing.data?.schools ?? [];
  const host = fromPairing?.hostOrganizationId ?? mine[0]?.id;

  return (
    <>
      <PageHeader
        title={t('cooperation.exchanges.newTitle')}
        subtitle={t('cooperation.exchanges.newSubtitle')}
        backTo={paths.cooperation.exchanges.getHref()}
      />
      <ExchangeForm
        initial={{ hostOrganizationId: host, partnerOrganizationIds: fromPairing?.partnerOrganizationIds, linkType: link?.type ?? 'none', linkId: link?.id }}
        known={[...known, ...mine.map((o) => ({ ...o, regionNameZh: '', regionNameEn: '' })).filter((o) => !known.some((k) => k.id === o.id))]}
        submitLabel={t('cooperation.exchanges.save')}
        submitting={create.isPending || uploading}
        onSubmit={async (input) => {
          const exchange = await create.mutateAsync({ ...input, clientKey });
          setUploading(true);
          const failed: string[] = [];
          try {
            // One at a time: the machine on the other end checks and re-encodes each photo.
            for (const chosen of files) {
              try {
                queryClient.setQueryData(exchangeQueryOptions(exchange.id).queryKey, await uploadExchangeFile(exchange.id, chosen.file));
              } catch (err) {
                failed.push(`${chosen.file.name}: ${err instanceof Error ? err.message : ''}`);
              }
            }
          } finally {
            setUploading(false);
          }
          if (failed.length > 0) void message.warning(t('cooperation.exchanges.someFilesFailed', { files: failed.join('; ') }), 8);
          else void message.success(t('cooperation.exchanges.saved'));
          await navigate(paths.cooperation.exchange.getHref(exchange.id));
        }}
      >
        <Form.Item label={t('cooperation.exchanges.files')} extra={t('cooperation.exchanges.filesHint')}>
          <FileChooser value={files} onChange={setFiles} disabled={uploading} />
        </Form.Item>
      </ExchangeForm>
    </>
  );
}
