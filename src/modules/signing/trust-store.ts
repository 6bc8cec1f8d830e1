/**
 * The trust store a verification uses: the configured NCA roots, intermediates and CRLs, plus,
 * when the demo CA is on, its root (flagged demo) and a CRL listing the demo certificates
 * revoked so far. The demo CRL is made from the database, so every instance agrees; it is
 * rebuilt when a revocation happens and at least hourly.
 */
import { createCrl } from './crl-builder.ts'
import { findRevoked } from './demo-repo.ts'
import { currentDemoRoot } from './demo-root.ts'
import type { SigningDeps } from './deps.ts'
import { createTrustStore, type TrustStore } from './trust.ts'

const hour = 60 * 60 * 1000
const built = new WeakMap<object, { key: string; at: number; store: TrustStore }>()

/** The trust store for a verification now; demo parts only when the demo CA is on. */
export async function trustStore(
  deps: Pick<SigningDeps, 'db' | 'clock' | 'secret' | 'trust' | 'demoCa'>,
): Promise<TrustStore> {
  const base = deps.trust.current()
  if (!deps.demoCa) return base
  const demo = await demoTrust(deps)
  return Object.freeze({
    roots: Object.freeze([...base.roots, ...demo.roots]),
    intermediates: base.intermediates,
    crls: Object.freeze([...base.crls, ...demo.crls]),
  })
}

/** The id of the demo root in use (stored with demo signatures), or null when the CA is off. */
export async function demoRootId(
  deps: Pick<SigningDeps, 'db' | 'clock' | 'secret' | 'demoCa'>,
): Promise<string | null> {
  return deps.demoCa ? (await currentDemoRoot(deps)).id : null
}

async function demoTrust(deps: Pick<SigningDeps, 'db' | 'clock' | 'secret'>) {
  const root = await currentDemoRoot(deps)
  const revoked = await findRevoked(deps.db.kysely, root.id)
  const key = `${root.id}|${revoked.length}|${revoked.at(-1)?.revoked_at ?? ''}`
  const now = deps.clock.now().getTime()
  const cached = built.get(deps.db.kysely)
  if (cached && cached.key === key && now >= cached.at && now - cached.at < hour) {
    return cached.store
  }
  const crl = await createCrl(
    root.credential,
    revoked.map((r) => ({ serial: r.serial, date: new Date(r.revoked_at ?? now) })),
    {
      thisUpdate: new Date(now - 60_000),
      nextUpdate: new Date(now + 24 * hour),
      number: Math.floor(now / 1000),
    },
  )
  const store = createTrustStore({
    roots: [],
    demoRoots: [root.credential.certificate],
    crls: [crl],
  })
  built.set(deps.db.kysely, { key, at: now, store })
  return store
}
