/**
 * EDS login: the applicant signs a one-time server challenge with their AUTH key; the same
 * verifier checks it (purpose `auth`, so a SIGN key is refused), and the certificate names the
 * account: an individual or sole proprietor by IIN, a company by BIN when the signer is its
 * first head or has the right to sign. The demo path signs the challenge with the demo AUTH
 * key after a throttled password check, so it still proves possession of the key.
 */
import { type IdentityDeps, login, type RequestMeta } from '../identity/index.ts'
import { sha256Hex } from './canonical.ts'
import { openDemoKey } from './demo-keys.ts'
import type { SigningDeps } from './deps.ts'
import { consumeNonce } from './form-nonce.ts'
import { loginChallenge } from './nonce.ts'
import { ncaPolicy } from './oids.ts'
import { signDetached } from './sign.ts'
import type { Refusal } from './submit.ts'
import { trustStore } from './trust-store.ts'
import type { Signer, VerificationSuccess } from './types.ts'
import { verifySignature } from './verify.ts'

/** An applicant account found by IIN or BIN (identity answers it; wired in `app.ts`). */
export interface ApplicantRef {
  readonly accountId: string
  readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
  readonly disabled: boolean
}

/** Dependencies of EDS login. */
export interface EdsLoginDeps extends SigningDeps {
  readonly findApplicant: (iinOrBin: string) => Promise<ApplicantRef | undefined>
  readonly identity: IdentityDeps
}

/** Why an EDS login was refused, besides the verifier's and the nonce's codes. */
export type LoginRefusal =
  | Refusal
  | {
    code: 'account_unknown' | 'account_disabled' | 'credentials_wrong' | 'login_missing'
    detail?: string
  }
  | { code: 'throttled'; retryAfterSeconds: number }

/** The signed challenge: NCALayer's or a file's CMS, or the demo key of an IIN/BIN's account. */
export type LoginSource =
  | { method: 'ncalayer' | 'upload'; cms: Uint8Array | string }
  | { method: 'demo'; login: string; password: string }

/** A verified login, ready for a session. */
export interface LoginSuccess {
  readonly ok: true
  readonly accountId: string
  readonly result: VerificationSuccess
  readonly cms: Uint8Array | string
  readonly challenge: Uint8Array
  readonly reissued: 'password_changed' | 'expired' | null
}

/** Checks a signed login challenge and finds the account it names. */
export async function verifyLogin(
  deps: EdsLoginDeps,
  input: { nonce: string; binding: string; source: LoginSource; meta: RequestMeta },
): Promise<LoginSuccess | { ok: false; refusal: LoginRefusal }> {
  const challenge = loginChallenge(input.nonce)
  const nonce = await consumeNonce(deps, input.nonce, {
    purpose: 'login',
    requestId: null,
    binding: input.binding,
    documentHash: await sha256Hex(challenge),
  })
  if (!nonce.ok) return { ok: false, refusal: { code: nonce.code } }
  const made = await signedChallenge(deps, challenge, input.source, input.meta)
  if (!made.ok) return made
  const result = await verifySignature({
    cms: made.cms,
    content: challenge,
    trust: await trustStore(deps),
    at: deps.clock.now(),
    purpose: 'auth',
    expected: { kind: 'any' },
  })
  if (!result.ok) return { ok: false, refusal: { code: result.code, detail: result.detail ?? '' } }
  const account = await accountOf(deps, result.signer)
  if (!account.ok) return account
  return {
    ok: true,
    accountId: account.accountId,
    result,
    cms: made.cms,
    reissued: made.reissued,
    challenge,
  }
}

async function signedChallenge(
  deps: EdsLoginDeps,
  challenge: Uint8Array,
  source: LoginSource,
  meta: RequestMeta,
) {
  if (source.method !== 'demo') {
    const empty = typeof source.cms === 'string' ? !source.cms.trim() : !source.cms.length
    if (empty) return { ok: false as const, refusal: { code: 'signature_missing' as const } }
    return { ok: true as const, cms: source.cms, reissued: null }
  }
  if (!deps.demoCa) return { ok: false as const, refusal: { code: 'demo_off' as const } }
  if (!source.login.trim()) {
    return { ok: false as const, refusal: { code: 'login_missing' as const } }
  }
  if (!source.password) {
    return { ok: false as const, refusal: { code: 'password_missing' as const } }
  }
  const checked = await login(deps.identity, source, meta)
  if (!checked.ok) {
    const refusal: LoginRefusal = checked.reason === 'throttled'
      ? { code: 'throttled', retryAfterSeconds: checked.retryAfterSeconds }
      : { code: 'credentials_wrong' }
    return { ok: false as const, refusal }
  }
  const key = await openDemoKey(deps, {
    accountId: checked.accountId,
    usage: 'auth',
    password: source.password,
  })
  if (!key) return { ok: false as const, refusal: { code: 'account_unknown' as const } }
  const { certificate, privateKey } = key.credential
  const cms = await signDetached(challenge, certificate, privateKey, {
    signingTime: deps.clock.now(),
  })
  return { ok: true as const, cms, reissued: key.reissued }
}

async function accountOf(
  deps: EdsLoginDeps,
  signer: Signer,
): Promise<{ ok: true; accountId: string } | { ok: false; refusal: LoginRefusal }> {
  if (signer.bin) {
    const may = signer.policies.includes(ncaPolicy.firstHead) ||
      signer.policies.includes(ncaPolicy.rightToSign)
    if (!may) return { ok: false, refusal: { code: 'not_authorized_for_entity' } }
  }
  const number = signer.bin ?? signer.iin ?? ''
  const found = await deps.findApplicant(number)
  const fits = found && (signer.bin ? found.type === 'legal_entity' : found.type !== 'legal_entity')
  if (!fits) return { ok: false, refusal: { code: 'account_unknown', detail: number } }
  if (found.disabled) return { ok: false, refusal: { code: 'account_disabled' } }
  return { ok: true, accountId: found.accountId }
}
