import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';
import type { OrganizationFields } from './create-organization.ts';
import { organizationQueryOptions } from './get-organization.ts';

/** `version` is the one the form was loaded with: a stale one is answered 409 resource.conflict. */
export type UpdateOrganizationInput = OrganizationFields & { version: number };

export const updateOrganization = (id: string, input: UpdateOrganizationInput) =>
  api.put<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, input);

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) => updateOrganization(id, input),
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationQueryOptions(id).queryKey, organization);
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
    },
  });
}
