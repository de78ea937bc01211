import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationKind } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

/** The editable fields, as PUT and POST take them (server: directory.schemas.ts organizationFields). */
export type OrganizationFields = Pick<
  Organization,
  | 'code'
  | 'nameZh'
  | 'nameEn'
  | 'regionId'
  | 'ownership'
  | 'stages'
  | 'address'
  | 'latitude'
  | 'longitude'
  | 'pupilCount'
  | 'teacherCount'
  | 'website'
  | 'seats'
>;

export type CreateOrganizationInput = OrganizationFields & { kind: OrganizationKind };

export const createOrganization = (input: CreateOrganizationInput) => api.post<Organization>('/directory/organizations', input);

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    // Lists and the regions' school counts change with every new record.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}
