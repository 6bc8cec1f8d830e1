/** What the identity services need from the application. */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import type { PasswordHasher } from './password-hash.ts'
import type { Registries } from './registry/types.ts'

/** Dependencies of the identity services. */
export interface IdentityDeps {
  readonly db: Db
  readonly clock: Clock
  readonly hasher: PasswordHasher
  readonly registries: Registries
  readonly sessionIdleMinutes: number
  readonly sessionAbsoluteHours: number
}
