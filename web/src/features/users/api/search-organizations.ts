import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationKind } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

/** What a role grant can point at: a school for school roles, any other organization for bureau roles. */
export type GrantScope = 'bureau' | 'school';

const KINDS: Record<GrantScope, OrganizationKind[]> = {
  bureau: ['bureau', 'coordination_body', 'research_institute'],
  school: ['school'],
};

/** Organizations to choose from in a role grant (the directory's list, one request per kind, merged). */
export async function searchOrganizations(scope: GrantScope, q: string, signal?: AbortSignal): Promise<Organization[]> {
  const pages = await Promise.all(
    KINDS[scope].map((kind) => api.get<Page<Organization>>('/directory/organizations', { kind, q: q.trim() || undefined, pageSize: 30 }, signal)),
  );
  return pages.flatMap((page) => page.items);
}

export const organizationOptionsQueryOptions = (scope: GrantScope, q: string) =>
  queryOptions({
    queryKey: ['users', 'organization-options', scope, q],
    queryFn: ({ signal }) => searchOrganizations(scope, q, signal),
    staleTime: 60_000,
  });

export const useOrganizationOptions = (scope: GrantScope, q: string) => useQuery(organizationOptionsQueryOptions(scope, q));
