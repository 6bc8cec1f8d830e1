/**
 * The demo CA's root, made once per database and shared by every instance: its key is sealed
 * under the server secret. If that secret changes the key cannot be opened; the root is then
 * retired and a new generation made, and demo certificates are reissued under it on next use.
 */
import { fromBase64, toBase64 } from './bytes.ts'
import { createDemoRoot, type DemoCredential } from './demo-ca.ts'
import { findCurrentRoot, findLastGeneration, insertRoot, retireRoot } from './demo-repo.ts'
import type { SigningDeps } from './deps.ts'
import { openWithSecret, SealBrokenError, sealWithSecret } from './server-key.ts'
import type { DemoRootRow } from './tables.ts'

/** The root in use, with its key opened. */
export interface DemoRoot {
  readonly id: string
  readonly credential: DemoCredential
}

type Deps = Pick<SigningDeps, 'db' | 'clock' | 'secret'>

// Opened roots per database (a test process has many); a root never changes once made.
const opened = new WeakMap<object, Map<string, Promise<DemoRoot>>>()

/** The current demo root, creating the first one when there is none. */
export async function currentDemoRoot(deps: Deps): Promise<DemoRoot> {
  const row = await findCurrentRoot(deps.db.kysely)
  if (!row) return await createRoot(deps, (await findLastGeneration(deps.db.kysely)) + 1)
  let roots = opened.get(deps.db.kysely)
  if (!roots) opened.set(deps.db.kysely, roots = new Map())
  let root = roots.get(row.id)
  if (!root) {
    root = openRoot(deps.secret, row)
    roots.set(row.id, root)
    root.catch(() => roots.delete(row.id))
  }
  try {
    return await root
  } catch (error) {
    if (!(error instanceof SealBrokenError)) throw error
    await retireRoot(deps.db.kysely, row.id, deps.clock.now().toISOString())
    return await createRoot(deps, row.generation + 1)
  }
}

async function openRoot(secret: string, row: DemoRootRow): Promise<DemoRoot> {
  return {
    id: row.id,
    credential: {
      certificate: fromBase64(row.certificate),
      privateKey: await openWithSecret(row.private_key, secret),
    },
  }
}

async function createRoot(deps: Deps, generation: number): Promise<DemoRoot> {
  const now = deps.clock.now()
  // A day early, so a clock a little behind (another instance, a test) still sees it valid.
  const credential = await createDemoRoot({
    now: new Date(now.getTime() - 24 * 60 * 60 * 1000),
    commonName:
      `DEMO CA ${generation} — e-licensing demo root (not a real certification authority)`,
  })
  const id = `demo-root-${generation}`
  const inserted = await insertRoot(deps.db.kysely, {
    id,
    generation,
    certificate: toBase64(credential.certificate),
    private_key: await sealWithSecret(credential.privateKey, deps.secret),
    created_at: now.toISOString(),
    retired_at: null,
  })
  // Another instance made this generation at the same moment: use theirs.
  return inserted ? { id, credential } : await currentDemoRoot(deps)
}
