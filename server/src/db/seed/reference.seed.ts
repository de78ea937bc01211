import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { organizationSeeds } from './data/organizations.data.ts';
import { regionSeeds } from './data/regions.data.ts';

/** Regions are reference data every deployment needs; inserted once, never overwritten. */
export async function seedRegions(db: Db): Promise<number> {
  const existing = new Set((await db.selectFrom('regions').select('id').execute()).map((r) => r.id));
  const paths = new Map<string, string>();
  const rows = [];
  for (const region of regionSeeds) {
    const path = `${region.parentId ? paths.get(region.parentId) : '/'}${region.id}/`;
    paths.set(region.id, path);
    if (existing.has(region.id)) continue;
    rows.push({
      id: region.id,
      division_code: region.divisionCode,
      parent_id: region.parentId,
      level: region.level,
      name_zh: region.nameZh,
      name_en: region.nameEn,
      path,
      latitude: region.latitude,
      longitude: region.longitude,
    });
  }
  if (rows.length > 0) await db.insertInto('regions').values(rows).execute();
  return rows.length;
}

export function regionPathFromSeeds(regionId: string): string {
  const byId = new Map(regionSeeds.map((r) => [r.id, r]));
  const chain: string[] = [];
  for (let id: string | null = regionId; id; id = byId.get(id)?.parentId ?? null) chain.unshift(id);
  return `/${chain.join('/')}/`;
}

/** The bureaus, bodies and schools named in the reports, with their seed key as id. */
export async function seedOrganizations(db: Db): Promise<number> {
  const existing = new Set((await db.selectFrom('organizations').select('id').execute()).map((r) => r.id));
  const now = nowIso();
  let count = 0;
  await db.transaction().execute(async (tx) => {
    for (const o of organizationSeeds) {
      if (existing.has(o.key)) continue;
      await tx
        .insertInto('organizations')
        .values({
          id: o.key,
          kind: o.kind,
          code: o.code,
          name_zh: o.nameZh,
          name_en: o.nameEn,
          region_id: o.regionId,
          region_path: regionPathFromSeeds(o.regionId),
          ownership: o.ownership,
          address: o.address,
          latitude: o.latitude,
          longitude: o.longitude,
          pupil_count: o.pupilCount,
          teacher_count: o.teacherCount,
          website: o.website,
          created_at: now,
          updated_at: now,
        })
        .execute();
      if (o.stages.length > 0)
        await tx
          .insertInto('school_stages')
          .values(o.stages.map((stage) => ({ organization_id: o.key, stage })))
          .execute();
      const seats = Object.entries(o.seatsPerGrade).map(([grade, seats]) => ({ organization_id: o.key, grade: grade as never, seats: seats! }));
      if (seats.length > 0) await tx.insertInto('school_grade_seats').values(seats).execute();
      count++;
    }
  });
  return count;
}
