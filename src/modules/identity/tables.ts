/** Kysely table types of the identity module. */
import type { Insertable, Selectable } from 'kysely'

/** A provider's department, an interested authority, a Public Service Center. */
export interface OrganizationsTable {
  id: string
  kind: 'provider' | 'authority' | 'psc' | 'administration'
  name_kk: string
  name_ru: string
  region: string | null
  created_at: string
}

/** An applicant (by IIN or BIN) or an officer (by login, in an organisation). */
export interface AccountsTable {
  id: string
  kind: 'applicant' | 'officer'
  login: string
  /** The name in Kazakh (people's names are the same in both languages). */
  display_name: string
  /** The name in Russian where it differs (a company's legal form comes first in Russian). */
  display_name_ru: string | null
  applicant_type: 'individual' | 'sole_proprietor' | 'legal_entity' | null
  iin: string | null
  bin: string | null
  organization_id: string | null
  email: string | null
  phone: string | null
  /** JSON `{ kk, ru }` from the registry, for receipts and documents. */
  address: string | null
  password_hash: string
  password_changed_at: string
  disabled_at: string | null
  created_at: string
}

/** A role held by an account; revoking keeps the row (history). */
export interface RoleGrantsTable {
  id: string
  account_id: string
  role: string
  granted_at: string
  granted_by: string | null
  revoked_at: string | null
  revoked_by: string | null
}

/** A session; only the SHA-256 of its id is stored. */
export interface SessionsTable {
  id_hash: string
  account_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  ip: string | null
  user_agent: string | null
  ended_at: string | null
  end_reason: string | null
}

/** A failed login, counted per account and per client address (`key` says which). */
export interface LoginFailuresTable {
  id: string
  key: string
  at: string
}

/** A form posted after the session expired, kept until the person signs in again. */
export interface PendingSubmissionsTable {
  token_hash: string
  account_id: string
  path: string
  fields: string
  created_at: string
  expires_at: string
}

/** The identity module's tables. */
export interface IdentityTables {
  identity_organizations: OrganizationsTable
  identity_accounts: AccountsTable
  identity_role_grants: RoleGrantsTable
  identity_sessions: SessionsTable
  identity_login_failures: LoginFailuresTable
  identity_pending_submissions: PendingSubmissionsTable
}

export type OrganizationRow = Selectable<OrganizationsTable>
export type AccountRow = Selectable<AccountsTable>
export type NewAccountRow = Insertable<AccountsTable>
export type SessionRow = Selectable<SessionsTable>
