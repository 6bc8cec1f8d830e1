/** What the signing and EDS-login pages need besides the services' dependencies. */
import type { IdentityRouteDeps } from '../identity/index.ts'
import type { ApplicantRef } from './eds-login.ts'
import type { SigningDeps } from './deps.ts'

/** Dependencies of the signing routes. */
export interface SigningRouteDeps extends SigningDeps {
  /** The versioned URL of `views/assets/ncalayer.js`. */
  readonly ncalayerScript: string
  /** An applicant account by IIN or BIN (for EDS login). */
  readonly findApplicant: (iinOrBin: string) => Promise<ApplicantRef | undefined>
  /** Sessions, cookies, the throttled password check and where people land after login. */
  readonly identity: IdentityRouteDeps
}

/** The CSP the NCALayer pages need: a WebSocket to the NCALayer app on this computer. */
export const ncalayerCsp = { connectSrc: ['wss://127.0.0.1:13579'] } as const
