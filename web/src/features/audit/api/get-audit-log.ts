import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AuditEntry, AuditResult, Page } from '../../../types/api.ts';

export interface AuditFilter {
  /** A full action ('user.disable') or a prefix ending in a dot ('user.'). */
  action?: string;
  result?: AuditResult;
  objectType?: string;
  objectId?: string;
  actorUserId?: string;
  /** ISO timestamps: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const getAuditLog = (filter: AuditFilter, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/audit', { ...filter }, signal);

export const auditLogQueryOptions = (filter: AuditFilter) =>
  queryOptions({ queryKey: ['audit', filter], queryFn: ({ signal }) => getAuditLog(filter, signal), placeholderData: keepPreviousData, staleTime: 0 });

export const useAuditLog = (filter: AuditFilter) => useQuery(auditLogQueryOptions(filter));

export interface AuditActionName {
  action: string;
  label: string;
}

/** Every action the platform and its modules record, with its name in the account's language (the server's one list). */
export const getAuditActions = (signal?: AbortSignal) => api.get<{ items: AuditActionName[] }>('/audit/actions', undefined, signal);

export const useAuditActions = () => useQuery({ queryKey: ['audit', 'actions'], queryFn: ({ signal }) => getAuditActions(signal), staleTime: Infinity });
