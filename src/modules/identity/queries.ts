/** Read-only questions other modules ask about accounts and organisations. */
import type { IdentityDeps } from './deps.ts'
import { normalizePassword } from './password-policy.ts'
import {
  findAccountById,
  findAccountByLogin,
  findActiveRoles,
  findOfficers,
  findOrganization,
  findOrganizations,
} from './repo.ts'
import type { OrganizationRow } from './tables.ts'

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

/** An organisation as other modules may list it (administration pages, choices of providers). */
export interface OrganizationSummary {
  readonly id: string
  readonly kind: OrganizationRow['kind']
  readonly name: { kk: string; ru: string }
  readonly region: string | null
}

/** Every organisation, or those of one kind, ordered as identity lists them (kind, Russian name). */
export async function listOrganizations(
  deps: Pick<IdentityDeps, 'db'>,
  kind?: OrganizationRow['kind'],
): Promise<OrganizationSummary[]> {
  const rows = await findOrganizations(deps.db.kysely)
  return rows.filter((o) => kind === undefined || o.kind === kind).map((o) => ({
    id: o.id,
    kind: o.kind,
    name: { kk: o.name_kk, ru: o.name_ru },
    region: o.region,
  }))
}

/** Active officers of an organisation who hold a role, by name (whom a case can be given to). */
export async function listOfficersWithRole(
  deps: Pick<IdentityDeps, 'db'>,
  organizationId: string,
  role: string,
): Promise<Array<{ id: string; name: { kk: string; ru: string } }>> {
  const out: Array<{ id: string; name: { kk: string; ru: string } }> = []
  for (const a of await findOfficers(deps.db.kysely, organizationId)) {
    if (a.disabled_at || !(await findActiveRoles(deps.db.kysely, a.id)).includes(role)) continue
    out.push({ id: a.id, name: { kk: a.display_name, ru: a.display_name_ru ?? a.display_name } })
  }
  return out
}

/** The names of organisations by id. */
export async function organizationNames(
  deps: Pick<IdentityDeps, 'db'>,
  ids: readonly string[],
): Promise<Map<string, { kk: string; ru: string }>> {
  const out = new Map<string, { kk: string; ru: string }>()
  for (const id of new Set(ids)) {
    const org = await findOrganization(deps.db.kysely, id)
    if (org) out.set(id, { kk: org.name_kk, ru: org.name_ru })
  }
  return out
}
