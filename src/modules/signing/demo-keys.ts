/**
 * Demo keys: each demo account gets a SIGN and an AUTH certificate from the demo CA, issued
 * on first use (after the person proved their password) with the private keys sealed under
 * that password (PBKDF2, `key-encryption.ts`). When the password has changed since, the old
 * keys no longer open: they are revoked (the demo CRL lists them) and new ones issued.
 */
import { fromBase64, toBase64 } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import { type DemoCredential, issueDemoCertificates } from './demo-ca.ts'
import { findCredential, insertCredential, revokeCredentials } from './demo-repo.ts'
import { currentDemoRoot, type DemoRoot } from './demo-root.ts'
import { demoSubjectFor } from './demo-subject.ts'
import type { SigningDeps } from './deps.ts'
import { decryptPrivateKey, encryptPrivateKey, WrongPasswordError } from './key-encryption.ts'
import { newId } from '../../lib/ids.ts'

/** An opened demo key; `reissued` says why a new certificate had to be issued, if it did. */
export interface OpenedDemoKey {
  readonly credential: DemoCredential
  readonly reissued: 'password_changed' | 'expired' | null
}

type Deps = Pick<SigningDeps, 'db' | 'clock' | 'secret' | 'registries'>

/**
 * The account's demo key for `usage`, opened with `password` (which the caller has just
 * checked against the account). Issues a pair when there is none, it expired, or the password
 * no longer opens it. Undefined for an unknown account.
 */
export async function openDemoKey(
  deps: Deps,
  input: { accountId: string; usage: 'sign' | 'auth'; password: string },
): Promise<OpenedDemoKey | undefined> {
  const root = await currentDemoRoot(deps)
  const row = await findCredential(deps.db.kysely, { ...input, rootId: root.id })
  const now = deps.clock.now()
  let reissued: OpenedDemoKey['reissued'] = null
  if (row && row.not_after > now.toISOString()) {
    try {
      const privateKey = await decryptPrivateKey(row.private_key, input.password)
      return { credential: { certificate: fromBase64(row.certificate), privateKey }, reissued }
    } catch (error) {
      if (!(error instanceof WrongPasswordError)) throw error
      reissued = 'password_changed'
    }
  } else if (row) {
    reissued = 'expired'
  }
  const pair = await issuePair(deps, root, input.accountId, input.password)
  return pair && { credential: pair[input.usage], reissued }
}

async function issuePair(deps: Deps, root: DemoRoot, accountId: string, password: string) {
  const now = deps.clock.now()
  // Backdated a little so a signature made at once is inside the validity at any clock skew.
  const subject = await demoSubjectFor(deps, accountId, new Date(now.getTime() - 5 * 60_000))
  if (!subject) return undefined
  const pair = await issueDemoCertificates(root.credential, subject)
  const rows = await Promise.all(
    (['sign', 'auth'] as const).map(async (usage) => {
      const cert = parseCertificate(pair[usage].certificate)
      return {
        id: newId(),
        account_id: accountId,
        root_id: root.id,
        usage,
        certificate: toBase64(pair[usage].certificate),
        serial: cert.serialHex,
        private_key: await encryptPrivateKey(pair[usage].privateKey, password),
        not_after: cert.notAfter.toISOString(),
        created_at: now.toISOString(),
        revoked_at: null,
      }
    }),
  )
  await deps.db.kysely.transaction().execute(async (trx) => {
    await revokeCredentials(trx, accountId, now.toISOString())
    for (const row of rows) await insertCredential(trx, row)
  })
  return pair
}
