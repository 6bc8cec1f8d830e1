import { beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../lib/logger.ts'
import { fixedClock } from '../../lib/clock.ts'
import { crlRefreshJob } from './jobs.ts'
import { at, createTestPki, crl, type TestPki } from './pki.fixture.ts'
import { createTrustConfig } from './trust-config.ts'

let pki: TestPki
beforeAll(async () => {
  pki = await createTestPki()
})

describe('crlRefreshJob()', () => {
  it('re-reads the CRL directory at most every `everyMinutes`, and survives an unreadable one', async () => {
    const trust = createTrustConfig({
      certificates: [{ name: 'root.cer', bytes: pki.root.certificate }],
      crls: [],
    })
    let reads = 0
    let broken = false
    const fresh = await crl(pki.root, [])
    const job = crlRefreshJob({
      trust,
      clock: fixedClock(at),
      logger: memoryLogger(),
      everyMinutes: 60,
      readCrls: () => {
        reads++
        return broken
          ? Promise.reject(new Error('no such directory'))
          : Promise.resolve([{ name: 'root.crl', bytes: fresh }])
      },
    })
    expect(job.name).toBe('signing.refreshCrls')
    expect(await job.run(at)).toBe(1)
    expect(trust.current().crls).toHaveLength(1)
    expect(await job.run(new Date(at.getTime() + 59 * 60_000))).toBe(0)
    expect(reads).toBe(1)
    broken = true
    expect(await job.run(new Date(at.getTime() + 61 * 60_000))).toBe(0)
    expect(reads).toBe(2)
    expect(trust.current().crls).toHaveLength(1)
  })
})
