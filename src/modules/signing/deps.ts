/** What the signing services need from the application. */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import type { PasswordHasher, Registries } from '../identity/index.ts'
import type { TrustConfig } from './trust-config.ts'

/** Dependencies of the signing services. */
export interface SigningDeps {
  readonly db: Db
  readonly clock: Clock
  /** The configured NCA roots, intermediates and CRLs (the CRL job refreshes them). */
  readonly trust: TrustConfig
  /** The demo CA is on: its root is trusted and it signs for demo accounts. Never in production. */
  readonly demoCa: boolean
  /** The server secret (SESSION_SECRET); the demo root's key is sealed under it. */
  readonly secret: string
  /** For the names in demo certificates (a company's head, a sole proprietor's person). */
  readonly registries: Registries
  /** Checks the password a person re-enters before the demo CA signs for them. */
  readonly hasher: PasswordHasher
}
