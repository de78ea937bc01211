import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import { findRegionScope } from '../directory/directory.service.ts';

/** The path of a region asked for in a filter; a 400 naming it when it does not exist. */
export async function findRegionPath(db: DbOrTx, regionId: string, field = 'querystring:/regionId'): Promise<string> {
  const region = await findRegionScope(db, regionId);
  if (!region) throw new AppError('directory.region_unknown', 400, { region: regionId }, [{ field, message: regionId }]);
  return region.path;
}
