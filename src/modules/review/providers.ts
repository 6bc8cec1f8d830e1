/**
 * Which organisation provides each regulation's service (`review_providers`), and the demo
 * mapping onto identity's demo organisations.
 */
import { recordAudit } from '../audit/index.ts'
import { findProvider, insertProviderIfAbsent } from './repo.ts'
import type { ReviewDeps } from './types.ts'

/** Regulation → demo provider organisation (identity's `demoOrganizations`). */
export const demoProviders: Readonly<Record<string, string>> = {
  'aktobe-grain-license': 'org-aktobe-agriculture',
  'aktobe-design-license': 'org-aktobe-construction',
  'aktobe-survey-license': 'org-aktobe-construction',
  'aktobe-construction-license': 'org-aktobe-construction',
  'aktobe-expert-attestation': 'org-aktobe-construction',
  'aktobe-project-management-accreditation': 'org-aktobe-construction',
  'east-kazakhstan-grain-license': 'org-east-kazakhstan-akimat',
  'zhambyl-grain-license': 'org-zhambyl-agriculture',
  'zhambyl-pesticide-production-license': 'org-zhambyl-agriculture',
  'zhambyl-pesticide-sale-license': 'org-zhambyl-agriculture',
  'zhambyl-pesticide-application-license': 'org-zhambyl-agriculture',
  'zhambyl-veterinary-license': 'org-zhambyl-agriculture',
  'almaty-cotton-license': 'org-almaty-agriculture',
}

/** Maps regulations to provider organisations that are not mapped yet; returns how many. */
export async function mapProviders(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  mapping: Readonly<Record<string, string>>,
): Promise<number> {
  const now = deps.clock.now()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    let added = 0
    for (const [regulationId, organizationId] of Object.entries(mapping)) {
      const row = {
        regulation_id: regulationId,
        organization_id: organizationId,
        created_at: now.toISOString(),
      }
      if (!(await insertProviderIfAbsent(trx, row))) continue
      added++
      await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
        action: 'provider_mapped',
        entityType: 'regulation',
        entityId: regulationId,
        actorRole: 'system',
        organizationId,
      })
    }
    return added
  })
}

/** The organisation that provides a regulation's service, if one is mapped. */
export function providerOf(
  deps: Pick<ReviewDeps, 'db'>,
  regulationId: string,
): Promise<string | undefined> {
  return findProvider(deps.db.kysely, regulationId)
}
