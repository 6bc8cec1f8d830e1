/**
 * Who may see a request: the reviewers of the authority it was sent to, and the officers of
 * the provider that sent it. To anyone else it does not exist (404), so a reviewer of another
 * authority cannot learn that a request or a case exists.
 */
import { ApprovalNotFoundError } from './errors.ts'
import { findRequest } from './repo.ts'
import type { RequestRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

/** The request, only when the viewer belongs to the authority it was sent to. */
export async function requestOf(
  deps: Pick<ApprovalDeps, 'db'>,
  requestId: string,
  viewer: { organizationId: string | undefined },
): Promise<RequestRow> {
  const request = await findRequest(deps.db.kysely, requestId)
  if (!request || !viewer.organizationId || request.organization_id !== viewer.organizationId) {
    throw new ApprovalNotFoundError(`No request "${requestId}" for the viewer`)
  }
  return request
}

/** The request, when the viewer belongs to its authority or to the provider that sent it. */
export async function visibleRequest(
  deps: Pick<ApprovalDeps, 'db'>,
  requestId: string,
  viewer: { organizationId: string | undefined },
): Promise<{ request: RequestRow; side: 'authority' | 'provider' }> {
  const request = await findRequest(deps.db.kysely, requestId)
  const org = viewer.organizationId
  if (request && org && request.organization_id === org) return { request, side: 'authority' }
  if (request && org && request.provider_id === org) return { request, side: 'provider' }
  throw new ApprovalNotFoundError(`No request "${requestId}" for the viewer`)
}
