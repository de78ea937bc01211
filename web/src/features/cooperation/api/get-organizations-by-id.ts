import { useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

export const getOrganization = (id: string, signal?: AbortSignal) =>
  api.get<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, undefined, signal);

/** Organizations named in the address (e.g. partners chosen in the partner finder), so pickers show their names. */
export function useOrganizationsById(ids: readonly string[]): Organization[] {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['cooperation', 'organization', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => getOrganization(id, signal),
      staleTime: 5 * 60_000,
    })),
  });
  return results.flatMap((r) => (r.data ? [r.data] : []));
}
