/**
 * Officers and organisations, managed by an administrator: create, set roles, reset a
 * password, disable. Every change is in the audit trail, in the same transaction.
 */
import type { CurrentUser, Role } from '../../http/env.ts'
import { newId, newToken } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { auditDeps, setPassword } from './accounts.ts'
import type { IdentityDeps } from './deps.ts'
import type { RequestMeta } from './login.ts'
import { checkPassword, normalizePassword } from './password-policy.ts'
import {
  endSessionsOf,
  findAccountById,
  findAccountByLogin,
  findActiveRoles,
  insertAccount,
  insertOrganization,
  insertRoleGrant,
  revokeRoleGrant,
  updateDisabled,
} from './repo.ts'
import type { OrganizationRow } from './tables.ts'

/** An administrator resets an officer's password; returns the temporary one, shown once. */
export async function resetPassword(
  deps: IdentityDeps,
  actor: CurrentUser,
  accountId: string,
  meta: RequestMeta,
): Promise<string | undefined> {
  const account = await findAccountById(deps.db.kysely, accountId)
  if (!account) return undefined
  const temporary = newToken(9).replace(/[-_]/g, 'x')
  await setPassword(deps, account, temporary, {
    actorId: actor.accountId,
    action: 'password_reset',
  }, meta)
  return temporary
}

/** Disables or re-enables an account; disabling ends its sessions. */
export async function setAccountDisabled(
  deps: IdentityDeps,
  actor: CurrentUser,
  accountId: string,
  disabled: boolean,
  meta: RequestMeta,
): Promise<boolean> {
  const account = await findAccountById(deps.db.kysely, accountId)
  if (!account || account.id === actor.accountId) return false
  const now = deps.clock.now().toISOString()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateDisabled(trx, accountId, disabled ? now : null)
    if (disabled) await endSessionsOf(trx, accountId, now, 'account_disabled')
    await recordAudit(auditDeps(deps, trx), {
      action: disabled ? 'account_disabled' : 'account_enabled',
      entityType: 'account',
      entityId: accountId,
      actorId: actor.accountId,
      actorRole: 'administrator',
      ip: meta.ip,
      requestId: meta.requestId,
    })
  })
  return true
}

/** The roles an officer can hold. */
export const officerRoles = [
  'office_specialist',
  'head',
  'deputy_head',
  'department_head',
  'executor',
  'authority_reviewer',
  'psc_operator',
  'quality_analyst',
  'administrator',
] as const satisfies readonly Role[]

/** Sets an officer's roles to exactly `roles`; each grant and revocation is audited. */
export async function setRoles(
  deps: IdentityDeps,
  actor: CurrentUser,
  input: { accountId: string; roles: readonly Role[] },
  meta: RequestMeta,
): Promise<boolean> {
  const account = await findAccountById(deps.db.kysely, input.accountId)
  if (!account || account.kind !== 'officer') return false
  const held = new Set(await findActiveRoles(deps.db.kysely, account.id))
  const wanted = new Set(input.roles.filter((r) => (officerRoles as readonly string[]).includes(r)))
  const changes = [
    ...[...wanted].filter((r) => !held.has(r)).map((role) => ({ role, granted: true })),
    ...[...held].filter((r) => !wanted.has(r as Role)).map((role) => ({ role, granted: false })),
  ]
  const now = deps.clock.now().toISOString()
  await deps.db.kysely.transaction().execute(async (trx) => {
    for (const { role, granted } of changes) {
      if (granted) {
        await insertRoleGrant(trx, {
          id: newId(),
          account_id: account.id,
          role,
          granted_at: now,
          granted_by: actor.accountId,
        })
      } else await revokeRoleGrant(trx, account.id, role, now, actor.accountId)
      await recordAudit(auditDeps(deps, trx), {
        action: granted ? 'role_granted' : 'role_revoked',
        entityType: 'account',
        entityId: account.id,
        actorId: actor.accountId,
        actorRole: 'administrator',
        organizationId: account.organization_id,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { role },
      })
    }
  })
  return true
}

/** Creates an officer in an organisation with roles. */
export async function createOfficer(
  deps: IdentityDeps,
  actor: CurrentUser | null,
  input: {
    login: string
    displayName: string
    organizationId: string
    password: string
    roles: readonly Role[]
    /** A valid IIN (parseIin) or none; signatures by an officer with one must carry it. */
    iin?: string | null | undefined
  },
  meta: RequestMeta,
  passwordHash?: string,
): Promise<
  { ok: true; accountId: string } | { ok: false; field: 'login' | 'password'; error: string }
> {
  if (await findAccountByLogin(deps.db.kysely, input.login)) {
    return { ok: false, field: 'login', error: 'loginTaken' }
  }
  if (!passwordHash) {
    const policy = checkPassword(input.password, { login: input.login })
    if (!policy.ok) return { ok: false, field: 'password', error: policy.error }
  }
  const id = newId()
  const hash = passwordHash ?? (await deps.hasher.hash(normalizePassword(input.password)))
  const now = deps.clock.now().toISOString()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertAccount(trx, {
      id,
      kind: 'officer',
      login: input.login,
      display_name: input.displayName,
      display_name_ru: null,
      applicant_type: null,
      iin: input.iin ?? null,
      bin: null,
      organization_id: input.organizationId,
      email: null,
      phone: null,
      address: null,
      password_hash: hash,
      password_changed_at: now,
      disabled_at: null,
      created_at: now,
    })
    for (const role of new Set(input.roles)) {
      await insertRoleGrant(trx, {
        id: newId(),
        account_id: id,
        role,
        granted_at: now,
        granted_by: actor?.accountId ?? null,
      })
    }
    await recordAudit(auditDeps(deps, trx), {
      action: 'officer_created',
      entityType: 'account',
      entityId: id,
      actorId: actor?.accountId ?? null,
      actorRole: actor ? 'administrator' : 'system',
      organizationId: input.organizationId,
      ip: meta.ip,
      requestId: meta.requestId,
      details: { roles: [...new Set(input.roles)] },
    })
  })
  return { ok: true, accountId: id }
}

/** Creates an organisation. */
export async function createOrganization(
  deps: IdentityDeps,
  actor: CurrentUser | null,
  input: {
    kind: OrganizationRow['kind']
    nameKk: string
    nameRu: string
    region: string | null
    id?: string
  },
  meta: RequestMeta,
): Promise<string> {
  const id = input.id ?? newId()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertOrganization(trx, {
      id,
      kind: input.kind,
      name_kk: input.nameKk,
      name_ru: input.nameRu,
      region: input.region,
      created_at: deps.clock.now().toISOString(),
    })
    await recordAudit(auditDeps(deps, trx), {
      action: 'organization_created',
      entityType: 'organization',
      entityId: id,
      actorId: actor?.accountId ?? null,
      ip: meta.ip,
      requestId: meta.requestId,
    })
  })
  return id
}
