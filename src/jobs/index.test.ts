import { describe, expect, it } from 'vitest'
import { fixedClock } from '../lib/clock.ts'
import { memoryLogger } from '../lib/logger.ts'
import { startJobs } from './index.ts'

describe('startJobs()', () => {
  it('runs each job on every tick, never twice at once, and logs failures without stopping', async () => {
    let running = 0
    let most = 0
    let runs = 0
    let release = () => {}
    const slow = {
      name: 'slow',
      run: async () => {
        running++
        most = Math.max(most, running)
        runs++
        await new Promise<void>((r) => (release = r))
        running--
        return 1
      },
    }
    const failing = { name: 'failing', run: () => Promise.reject(new Error('boom')) }
    const logger = memoryLogger()
    const jobs = startJobs([slow, failing], {
      intervalMs: 60_000,
      logger,
      clock: fixedClock('2026-03-02T05:00:00Z'),
    })
    const first = jobs.tick()
    const second = jobs.tick()
    await new Promise((r) => setTimeout(r, 10))
    release()
    await Promise.all([first, second])
    await jobs.stop()
    expect([runs, most]).toEqual([1, 1])
    expect(logger.lines.map((l) => [l['msg'], l['job']])).toEqual([
      ['job failed', 'failing'],
      ['job ran', 'slow'],
    ])
  })
})
