import type { OrganizationKind } from '../../../../common/directory.ts';
import { grantsOf, isPlatformAdmin, reaches } from '../../platform/access/grants.ts';
import { definePolicySection } from '../../platform/access/policy-section.ts';

declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    /** Regions and the public face of organizations. */
    directory: { type: 'directory' };
    organization: { type: 'organization'; id: string; kind: OrganizationKind; regionPath: string };
    /** Creating, importing or exporting organizations in a region. */
    organization_collection: { type: 'organization_collection'; regionPath: string };
  }
}

/** Everyone signed in reads the directory; a bureau edits its jurisdiction, a school its own record. */
export const directoryPolicy = definePolicySection(['directory', 'organization', 'organization_collection'], (actor, action, resource) => {
  if (isPlatformAdmin(actor)) return true;
  switch (resource.type) {
    case 'directory':
      return action === 'read';
    case 'organization':
      if (action === 'read') return true;
      if (action !== 'update') return false;
      return (
        reaches(actor, resource.regionPath, 'bureau_admin') ||
        (resource.kind === 'school' && grantsOf(actor, 'school_admin').some((g) => g.organizationId === resource.id))
      );
    case 'organization_collection':
      if (action === 'create' || action === 'import') return reaches(actor, resource.regionPath, 'bureau_admin');
      if (action === 'export') return reaches(actor, resource.regionPath, 'bureau_admin', 'bureau_reviewer');
      return false;
  }
});
