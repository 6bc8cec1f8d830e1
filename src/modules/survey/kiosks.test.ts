import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { registerKiosk, retireKiosk } from './kiosk-setup.ts'
import { answerAtKiosk, issueFormKey, kioskForDevice, kioskServices } from './kiosks.ts'
import type { KioskRow } from './tables.ts'
import { analyst, answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

describe.each(dialects)('$name: kiosks', ({ name }) => {
  let db: Db
  let deps: TestDeps
  let kiosk: KioskRow
  let device: string
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
    const registered = await registerKiosk(deps, analyst(), {
      providerId: 'org-zhambyl-agriculture',
      name: 'Tablet 1',
      minIntervalSeconds: 20,
      maxPerHour: 3,
    })
    if (registered === 'noSurvey') throw new Error('expected a kiosk')
    kiosk = registered.kiosk
    device = registered.deviceToken
  })
  afterEach(() => db.close())

  const stored = async () =>
    await db.kysely.selectFrom('survey_answers').select([
      'source',
      'kiosk_id',
      'channel',
      'regulation_id',
    ])
      .execute()

  async function answer(q = 3 as 1 | 2 | 3, key?: string) {
    const [service] = await kioskServices(deps, kiosk.provider_id)
    return await answerAtKiosk(deps, kiosk, {
      service: service!,
      formKey: key ?? (await issueFormKey(deps, kiosk)),
      answers: answers(q, q),
      lang: 'kk',
    })
  }

  it('registerKiosk() refuses a provider none of whose regulations has a survey', async () => {
    const result = await registerKiosk(deps, analyst(), {
      providerId: 'org-aktobe-agriculture',
      name: 'Tablet',
      minIntervalSeconds: 20,
      maxPerHour: 60,
    })
    expect(result).toBe('noSurvey')
  })

  it('kioskServices() lists the five Zhambyl services with a survey, in the Zhambyl wording', async () => {
    const services = await kioskServices(deps, 'org-zhambyl-agriculture')
    expect(services).toHaveLength(5)
    expect(new Set(services.map((s) => s.wording.survey.id))).toEqual(new Set(['zhambyl-2013']))
  })

  it('kioskForDevice() knows the device by its cookie only, and forgets a revoked kiosk', async () => {
    expect((await kioskForDevice(deps, kiosk.id, device))?.id).toBe(kiosk.id)
    expect(await kioskForDevice(deps, kiosk.id, undefined)).toBeUndefined()
    expect(await kioskForDevice(deps, kiosk.id, `${device}x`)).toBeUndefined()
    expect(await retireKiosk(deps, analyst(), kiosk.id)).toBe(true)
    expect(await kioskForDevice(deps, kiosk.id, device)).toBeUndefined()
  })

  it('answerAtKiosk() stores an answer tied to the provider and day, channel unknown', async () => {
    expect(await answer()).toEqual({ kind: 'stored' })
    expect(await stored()).toEqual([{
      source: 'kiosk',
      kiosk_id: kiosk.id,
      channel: 'unknown',
      regulation_id: (await kioskServices(deps, kiosk.provider_id))[0]!.regulationId,
    }])
  })

  it('the same rendered form sent twice stores one answer', async () => {
    const key = await issueFormKey(deps, kiosk)
    expect(await answer(3, key)).toEqual({ kind: 'stored' })
    deps.clock.advance(60_000)
    expect(await answer(1, key)).toEqual({ kind: 'duplicate' })
    expect(await stored()).toHaveLength(1)
  })

  it('a second answer within the interval waits, and the refused form can be sent later', async () => {
    expect(await answer()).toEqual({ kind: 'stored' })
    deps.clock.advance(5_000)
    const key = await issueFormKey(deps, kiosk)
    expect(await answer(2, key)).toEqual({ kind: 'tooSoon', seconds: 15 })
    deps.clock.advance(15_000)
    expect(await answer(2, key)).toEqual({ kind: 'stored' })
    expect(await stored()).toHaveLength(2)
  })

  it('the hourly cap counts the last hour in the database', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await answer()).toEqual({ kind: 'stored' })
      deps.clock.advance(21_000)
    }
    expect(await answer()).toEqual({ kind: 'hourly' })
    deps.clock.advance(3_600_000)
    expect(await answer()).toEqual({ kind: 'stored' })
    expect(await stored()).toHaveLength(4)
  })

  it('a form key older than two hours, or of another kiosk, is not accepted', async () => {
    const key = await issueFormKey(deps, kiosk)
    deps.clock.advance(2 * 3_600_000 + 1000)
    expect(await answer(3, key)).toEqual({ kind: 'duplicate' })
    const other = await registerKiosk(deps, analyst(), {
      providerId: 'org-almaty-agriculture',
      name: 'Tablet 2',
      minIntervalSeconds: 5,
      maxPerHour: 10,
    })
    if (other === 'noSurvey') throw new Error('expected a kiosk')
    const foreign = await issueFormKey(deps, other.kiosk)
    expect(await answer(3, foreign)).toEqual({ kind: 'duplicate' })
    expect(await stored()).toEqual([])
  })
})
