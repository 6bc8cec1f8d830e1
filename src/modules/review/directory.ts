/**
 * The officers who can be appointed to a case: active accounts of the organisation holding the
 * role. identity's public API has no such list yet, so this reads its tables directly, read
 * only, until identity exports one (`ReviewDeps.officers` takes it then).
 */
import type { Db } from './repo.ts'
import type { Officer, ReviewDeps } from './types.ts'

/** Officers of an organisation with a role, by name. */
export async function findOfficersWithRole(
  db: Db,
  organizationId: string,
  role: string,
): Promise<Officer[]> {
  const rows = await db.selectFrom('identity_accounts as a')
    .innerJoin('identity_role_grants as g', 'g.account_id', 'a.id')
    .select(['a.id', 'a.display_name', 'a.display_name_ru'])
    .where('a.kind', '=', 'officer').where('a.organization_id', '=', organizationId)
    .where('a.disabled_at', 'is', null).where('g.role', '=', role).where('g.revoked_at', 'is', null)
    .orderBy('a.display_name').execute()
  return rows.map((r) => ({
    id: r.id,
    name: { kk: r.display_name, ru: r.display_name_ru ?? r.display_name },
  }))
}

/** The officers a case can be given to for a role. */
export function officersFor(
  deps: ReviewDeps,
  organizationId: string,
  role: string,
): Promise<Officer[]> {
  return deps.officers?.(organizationId, role) ??
    findOfficersWithRole(deps.db.kysely, organizationId, role)
}
