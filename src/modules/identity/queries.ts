/** Read-only questions other modules ask about accounts and organisations. */
import type { IdentityDeps } from './deps.ts'
import { normalizePassword } from './password-policy.ts'
import { findAccountById, findAccountByLogin, findActiveRoles, findOrganization } from './repo.ts'

/** What other modules may know about an account (for receipts, documents, worklists). */
export interface AccountSummary {
  readonly id: string
  readonly kind: 'applicant' | 'officer'
  readonly name: { kk: string; ru: string }
  readonly applicantType: 'individual' | 'sole_proprietor' | 'legal_entity' | null
  readonly iin: string | null
  readonly bin: string | null
  readonly email: string | null
  readonly phone: string | null
  readonly address: { kk: string; ru: string } | null
  readonly organization: {
    id: string
    kind: string
    name: { kk: string; ru: string }
    region: string | null
  } | null
  /** The roles the account holds now (officers). */
  readonly roles: readonly string[]
}

/** An account's public facts, or undefined. */
export async function accountSummary(
  deps: Pick<IdentityDeps, 'db'>,
  accountId: string,
): Promise<AccountSummary | undefined> {
  const a = await findAccountById(deps.db.kysely, accountId)
  if (!a) return undefined
  const org = a.organization_id
    ? await findOrganization(deps.db.kysely, a.organization_id)
    : undefined
  return {
    id: a.id,
    kind: a.kind,
    name: { kk: a.display_name, ru: a.display_name_ru ?? a.display_name },
    applicantType: a.applicant_type,
    iin: a.iin,
    bin: a.bin,
    email: a.email,
    phone: a.phone,
    address: a.address ? JSON.parse(a.address) : null,
    organization: org
      ? {
        id: org.id,
        kind: org.kind,
        name: { kk: org.name_kk, ru: org.name_ru },
        region: org.region,
      }
      : null,
    roles: a.kind === 'officer' ? await findActiveRoles(deps.db.kysely, a.id) : [],
  }
}

/** Re-checks a signed-in person's password (before a demo signature, for example). */
export async function verifyAccountPassword(
  deps: Pick<IdentityDeps, 'db' | 'hasher'>,
  accountId: string,
  password: string,
): Promise<boolean> {
  const a = await findAccountById(deps.db.kysely, accountId)
  if (!a || a.disabled_at) return false
  return (await deps.hasher.verify(normalizePassword(password), a.password_hash)).ok
}

/** An applicant's account by IIN or BIN (the EDS login finds the account from the certificate). */
export async function findApplicantByNumber(
  deps: Pick<IdentityDeps, 'db'>,
  iinOrBin: string,
): Promise<AccountSummary | undefined> {
  const a = await findAccountByLogin(deps.db.kysely, iinOrBin)
  return a && a.kind === 'applicant' && !a.disabled_at
    ? await accountSummary(deps, a.id)
    : undefined
}
