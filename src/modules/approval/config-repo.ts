/** Queries over `approval_authority_routes` and `approval_policies`. */
import type { Db } from './repo.ts'
import type { PolicyRow } from './tables.ts'

/** The organisations mapped to some kinds of authority in a region. */
export async function findMappedAuthorities(
  db: Db,
  kinds: readonly string[],
  region: string,
): Promise<Array<{ kind: string; organization_id: string }>> {
  if (!kinds.length) return []
  return await db.selectFrom('approval_authority_routes').select(['kind', 'organization_id'])
    .where('kind', 'in', [...kinds]).where('region', '=', region).orderBy('kind').execute()
}

/** Maps a kind of authority in a region to an organisation unless mapped; true when inserted. */
export async function insertAuthorityRouteIfAbsent(
  db: Db,
  row: { kind: string; region: string; organization_id: string; created_at: string },
): Promise<boolean> {
  const r = await db.insertInto('approval_authority_routes').values(row)
    .onConflict((oc) => oc.columns(['kind', 'region']).doNothing()).executeTakeFirst()
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
}

/** The policy of a route, if one is configured. */
export function findPolicy(
  db: Db,
  regulationId: string,
  subService: string,
): Promise<PolicyRow | undefined> {
  return db.selectFrom('approval_policies').selectAll().where('regulation_id', '=', regulationId)
    .where('sub_service', '=', subService).executeTakeFirst()
}

/** Sets a route's policy unless it has one; true when inserted. */
export async function insertPolicyIfAbsent(db: Db, row: PolicyRow): Promise<boolean> {
  const r = await db.insertInto('approval_policies').values(row)
    .onConflict((oc) => oc.columns(['regulation_id', 'sub_service']).doNothing())
    .executeTakeFirst()
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
}
