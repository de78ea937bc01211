import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { Empty, LoadError, Loading } from '../../../components/feedback.tsx';
import { Field } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { PublicLists } from '../../../types.ts';
import { usePublicLists } from '../api/get-public-lists.ts';

const PAGE_SIZE = 50;

/** 公示名单: the eligible applicants of a policy, masked names only; anyone may read it and look a reference up. */
export function PublicListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { policyId = '' } = useParams();
  const [reference, setReference] = useState('');
  const [query, setQuery] = useState({ reference: '', page: 1 });
  const lists = usePublicLists(policyId, { reference: query.reference || undefined, page: query.page, pageSize: PAGE_SIZE });
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ reference: reference.trim().toUpperCase(), page: 1 });
  };
  const policy = lists.data?.policy;
  return (
    <Page
      title={t('family.publicList.title')}
      lead={policy ? `${format.name(policy.titleZh, policy.titleEn)} · ${format.name(policy.hostRegionNameZh, policy.hostRegionNameEn)}` : undefined}
    >
      <form className="card form" onSubmit={search} role="search">
        <Field label={t('family.publicList.reference')} hint={t('family.publicList.referenceHint')}>
          {(control) => (
            <input
              {...control}
              className="input num"
              autoCapitalize="characters"
              autoComplete="off"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          )}
        </Field>
        <div className="btn-row">
          {query.reference && (
            <Button
              onClick={() => {
                setReference('');
                setQuery({ reference: '', page: 1 });
              }}
            >
              {t('family.publicList.showAll')}
            </Button>
          )}
          <Button type="submit" variant="primary">
            {t('family.publicList.search')}
          </Button>
        </div>
      </form>
      {lists.isPending ? (
        <Loading />
      ) : lists.isError ? (
        <LoadError error={lists.error} onRetry={() => void lists.refetch()} />
      ) : lists.data.lists.length === 0 ? (
        <Empty>{t('family.publicList.none')}</Empty>
      ) : (
        lists.data.lists.map((list) => (
          <ListTable key={list.id} list={list} page={query.page} onPage={(page) => setQuery({ ...query, page })} searching={query.reference !== ''} />
        ))
      )}
      <p className="small muted">{t('family.publicList.privacy')}</p>
    </Page>
  );
}

function ListTable({
  list,
  page,
  onPage,
  searching,
}: {
  list: PublicLists['lists'][number];
  page: number;
  onPage: (page: number) => void;
  searching: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  return (
    <section className="section" aria-label={t('family.publicList.listLabel', { date: format.date(list.publishedAt) })}>
      <p className="small muted">
        {t('family.publicList.period', { from: format.date(list.publishedAt), to: format.date(list.endsAt), count: list.entryCount })}
      </p>
      {list.entries.length === 0 ? (
        <Empty>{searching ? t('family.publicList.notFound') : t('family.publicList.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('family.publicList.seq')}</th>
                <th scope="col">{t('family.publicList.name')}</th>
                <th scope="col">{t('family.publicList.route')}</th>
                <th scope="col" className="right">
                  {t('family.publicList.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className="num">{entry.seq}</td>
                  <td>
                    {entry.maskedName}
                    <br />
                    <span className="small muted num nowrap">{entry.reference}</span>
                  </td>
                  <td>{format.name(entry.routeNameZh, entry.routeNameEn)}</td>
                  <td className="right num">{entry.points === null ? '—' : format.number(entry.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <div className="btn-row">
          <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('family.publicList.previous')}
          </Button>
          <span className="small muted page-count">{t('family.publicList.page', { page, pages })}</span>
          <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('family.publicList.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
