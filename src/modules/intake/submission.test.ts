import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import type { Db } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import { syncCatalog } from '../catalog/index.ts'
import { createLocalRegistries, demoPersons, demoSeed } from '../identity/index.ts'
import { canonicalBytes, sha256Hex } from '../signing/index.ts'
import type { IntakeDeps, SignatureState } from './deps.ts'
import { type Actor, saveStep, startDraft } from './drafts.ts'
import { databaseFileStore } from './file-store.ts'
import { localPaymentGateway } from './gateway.ts'
import { draftFacts, sendKeyOf, submit } from './submission.ts'
import { requestSignature } from './signing-step.ts'
import { applicationById } from './view.ts'

const actor: Actor = {
  accountId: 'acc-1',
  role: 'applicant',
  organizationId: null,
  ip: null,
  requestId: null,
}

// Signing's own tests cover real signatures; here a double records what was asked and reports
// it signed, so the send can be tested without the signing pages.
function signedDouble() {
  const states = new Map<string, SignatureState>()
  return {
    create: async (input: { document: unknown }) => {
      const id = `sig-${states.size + 1}`
      const documentHash = await sha256Hex(canonicalBytes(input.document))
      states.set(id, { status: 'signed', documentHash })
      return { id, path: `/signatures/${id}` }
    },
    get: (id: string) => Promise.resolve(states.get(id)),
  }
}

describe.each(dialects)('$name: submit()', ({ name }) => {
  let db: Db
  let deps: IntakeDeps
  beforeAll(async () => {
    db = await testDb(name)
    const clock = fixedClock('2026-03-02T05:00:00Z')
    await syncCatalog({ db, clock })
    deps = {
      db,
      clock,
      registries: createLocalRegistries(demoSeed),
      files: databaseFileStore(db, () => clock.now()),
      gateway: localPaymentGateway({
        secret: 's'.repeat(32),
        origin: 'http://x',
        deliver: () => Promise.resolve(new Response()),
      }),
      signatures: signedDouble(),
      limits: {
        maxFileBytes: 1024,
        maxApplicationBytes: 4096,
        draftRetentionDays: 90,
        draftNoticeDays: 14,
        statusLookupsPerWindow: 10,
        statusWindowMinutes: 15,
      },
    }
  })
  afterAll(() => db.close())

  async function signedDraft(d: IntakeDeps) {
    const started = await startDraft(d, {
      regulationId: 'aktobe-grain-license',
      kind: 'duplicate',
      channel: 'portal',
      lang: 'ru',
      startKey: crypto.randomUUID().replaceAll('-', ''),
      applicant: {
        accountId: 'acc-1',
        type: 'individual',
        id: demoPersons.aliya.iin,
        phone: null,
        email: null,
      },
      organizationId: null,
      actor,
    })
    if (!started.ok) throw new Error(started.problem)
    const patch = {
      applicant_phone: '+77010000000',
      applicant_confirmed_at: d.clock.now().toISOString(),
      particulars: JSON.stringify({ licenseNumber: 'L-1', duplicateCause: 'lost' }),
    }
    expect(
      await saveStep(d, { id: started.id, version: 1 }, patch, {
        actor,
        step: 'test',
        same: () => false,
      }),
    )
      .toBe('saved')
    const row = (await applicationById(d, started.id))!
    const signed = await requestSignature(d, (await draftFacts(d, row))!, {
      actor,
      returnPath: '/applications/x/submission',
      title: { kk: 'a', ru: 'a' },
      summary: [],
    })
    expect(signed.ok).toBe(true)
    const key = await sendKeyOf(d, (await applicationById(d, started.id))!)
    return { row: (await applicationById(d, started.id))!, key }
  }

  it('leaves nothing behind when the hand-off fails, and the same key then sends once', async () => {
    const failing = { ...deps, onSubmitted: () => Promise.reject(new Error('review is down')) }
    const { row, key } = await signedDraft(failing)
    await expect(submit(failing, row, { key, lang: 'kk', actor })).rejects.toThrow('review is down')
    const after = (await applicationById(deps, row.id))!
    expect([after.number, after.submitted_at]).toEqual([null, null])
    expect(await db.kysely.selectFrom('intake_submissions').selectAll().execute()).toEqual([])
    const handed: unknown[] = []
    const working = {
      ...deps,
      onSubmitted: (view: unknown) => {
        handed.push(view)
        return Promise.resolve({ readyAt: '2026-03-04T12:00:00.000Z' })
      },
    }
    expect(await submit(working, after, { key, lang: 'kk', actor })).toEqual({
      ok: true,
      id: row.id,
    })
    const sent = (await applicationById(deps, row.id))!
    expect(sent.number).toBe('AKT-2026-000001')
    expect(sent.ready_at).toBe('2026-03-04T12:00:00.000Z')
    expect(sent.lang).toBe('kk')
    expect(handed).toMatchObject([{ id: row.id, number: 'AKT-2026-000001', channel: 'portal' }])
    expect(await submit(working, sent, { key, lang: 'kk', actor })).toEqual({
      ok: true,
      id: row.id,
    })
    expect(handed.length).toBe(1)
  })

  it('refuses a key the draft was not given, and a draft changed after signing', async () => {
    const { row, key } = await signedDraft(deps)
    expect(await submit(deps, row, { key: 'x'.repeat(32), lang: 'ru', actor }))
      .toMatchObject({ ok: false, problem: 'expired' })
    await saveStep(deps, row, { applicant_phone: '+77019999999' }, {
      actor,
      step: 'test',
      same: () => false,
    })
    const changed = (await applicationById(deps, row.id))!
    expect(await submit(deps, changed, { key, lang: 'ru', actor }))
      .toMatchObject({ ok: false, problem: 'unsigned' })
  })
})
