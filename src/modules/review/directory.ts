/** The officers who can be appointed to a case: active accounts of the organisation with the role. */
import { listOfficersWithRole } from '../identity/index.ts'
import type { Officer, ReviewDeps } from './types.ts'

/** The officers a case can be given to for a role. */
export function officersFor(
  deps: ReviewDeps,
  organizationId: string,
  role: string,
): Promise<Officer[]> {
  return deps.officers?.(organizationId, role) ?? listOfficersWithRole(deps, organizationId, role)
}
