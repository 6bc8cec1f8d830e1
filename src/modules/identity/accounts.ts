/**
 * Accounts: applicants register by IIN or BIN with their name and address taken from the
 * registry (never typed); administrators create officers, reset passwords, grant roles and
 * disable accounts. Every change is in the audit trail, in the same transaction.
 */
import type { CurrentUser } from '../../http/env.ts'
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { IdentityDeps } from './deps.ts'
import type { RequestMeta } from './login.ts'
import { checkPassword, normalizePassword, type PasswordError } from './password-policy.ts'
import {
  endSessionsOf,
  findAccountById,
  findAccountByLogin,
  insertAccount,
  updatePassword,
} from './repo.ts'
import type { AccountRow } from './tables.ts'

/** Applicant kinds: individuals and sole proprietors by IIN, legal entities by BIN. */
export type ApplicantType = 'individual' | 'sole_proprietor' | 'legal_entity'

/** Registration failures a form shows next to a field. */
export type RegistrationError =
  | {
    field: 'iinOrBin'
    error: 'registry_person' | 'registry_company' | 'registry_sole_proprietor' | 'taken'
  }
  | { field: 'password'; error: PasswordError }

/** Registers an applicant after looking them up in the registry. */
export async function registerApplicant(
  deps: IdentityDeps,
  input: {
    type: ApplicantType
    iinOrBin: string
    password: string
    email: string | null
    phone: string | null
  },
  meta: RequestMeta,
): Promise<{ ok: true; accountId: string } | { ok: false; problem: RegistrationError }> {
  const found = await lookUp(deps, input.type, input.iinOrBin)
  if (!found) return { ok: false, problem: { field: 'iinOrBin', error: registryError(input.type) } }
  const policy = checkPassword(input.password, { login: input.iinOrBin })
  if (!policy.ok) return { ok: false, problem: { field: 'password', error: policy.error } }
  if (await findAccountByLogin(deps.db.kysely, input.iinOrBin)) {
    return { ok: false, problem: { field: 'iinOrBin', error: 'taken' } }
  }
  const id = newId()
  const hash = await deps.hasher.hash(normalizePassword(input.password))
  const now = deps.clock.now().toISOString()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertAccount(trx, {
      id,
      kind: 'applicant',
      login: input.iinOrBin,
      display_name: found.name.kk,
      display_name_ru: found.name.ru === found.name.kk ? null : found.name.ru,
      applicant_type: input.type,
      iin: input.type === 'legal_entity' ? null : input.iinOrBin,
      bin: input.type === 'legal_entity' ? input.iinOrBin : null,
      organization_id: null,
      email: input.email,
      phone: input.phone,
      address: JSON.stringify(found.address),
      password_hash: hash,
      password_changed_at: now,
      disabled_at: null,
      created_at: now,
    })
    await recordAudit(auditDeps(deps, trx), {
      action: 'account_registered',
      entityType: 'account',
      entityId: id,
      actorId: id,
      ip: meta.ip,
      requestId: meta.requestId,
      details: { type: input.type, source: found.source },
    })
  })
  return { ok: true, accountId: id }
}

async function lookUp(deps: IdentityDeps, type: ApplicantType, number: string) {
  const r = deps.registries
  if (type === 'legal_entity') {
    const c = await r.companies.findCompany(number)
    return c && { name: c.name, address: c.address, source: c.source }
  }
  if (type === 'sole_proprietor') {
    const p = await r.companies.findSoleProprietor(number)
    return p && { name: p.name, address: p.address, source: p.source }
  }
  const p = await r.persons.findPerson(number)
  const name = p && [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')
  return p && {
    name: { kk: name!, ru: name! },
    address: p.address,
    source: p.source,
  }
}

function registryError(type: ApplicantType) {
  return type === 'legal_entity'
    ? 'registry_company' as const
    : type === 'sole_proprietor'
    ? 'registry_sole_proprietor' as const
    : 'registry_person' as const
}

/** Changes the signed-in person's own password; other sessions end (the caller starts a new one). */
export async function changeOwnPassword(
  deps: IdentityDeps,
  user: CurrentUser,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<
  { ok: true } | {
    ok: false
    field: 'currentPassword' | 'newPassword'
    error: PasswordError | 'wrong'
  }
> {
  const account = await findAccountById(deps.db.kysely, user.accountId)
  if (!account) return { ok: false, field: 'currentPassword', error: 'wrong' }
  const check = await deps.hasher.verify(
    normalizePassword(input.currentPassword),
    account.password_hash,
  )
  if (!check.ok) return { ok: false, field: 'currentPassword', error: 'wrong' }
  const policy = checkPassword(input.newPassword, { login: account.login })
  if (!policy.ok) return { ok: false, field: 'newPassword', error: policy.error }
  await setPassword(deps, account, input.newPassword, {
    actorId: account.id,
    action: 'password_changed',
  }, meta)
  return { ok: true }
}

/** Sets a new password, ends every session of the account, and records who did it. */
export async function setPassword(
  deps: IdentityDeps,
  account: AccountRow,
  password: string,
  how: { actorId: string; action: string },
  meta: RequestMeta,
): Promise<void> {
  const hash = await deps.hasher.hash(normalizePassword(password))
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updatePassword(trx, account.id, hash, now.toISOString())
    await endSessionsOf(trx, account.id, now.toISOString(), how.action)
    await recordAudit(auditDeps(deps, trx), {
      action: how.action,
      entityType: 'account',
      entityId: account.id,
      actorId: how.actorId,
      ip: meta.ip,
      requestId: meta.requestId,
    })
  })
}

/** Audit dependencies inside a transaction. */
// deno-lint-ignore no-explicit-any
export function auditDeps(deps: IdentityDeps, trx: any) {
  return { db: trx, dialect: deps.db.dialect, now: deps.clock.now() }
}
