/**
 * @module jobs
 * A small job runner: each job runs every `intervalMs` on a web-standard `setInterval`, never
 * overlapping itself in one instance. It claims its own work atomically (a conditional update
 * in the database), so several instances running the same jobs never do one item twice; the
 * runner only schedules and logs.
 */
import type { Clock } from '../lib/clock.ts'
import type { Logger } from '../lib/logger.ts'

/** A periodic job; `run` returns how many items it handled (for the log). */
export interface Job {
  readonly name: string
  run(now: Date): Promise<number>
}

/** Options of {@link startJobs}. */
export interface JobOptions {
  readonly intervalMs: number
  readonly logger: Logger
  readonly clock: Clock
}

/** Running jobs; `stop` clears the timer and waits for runs in progress. */
export interface RunningJobs {
  /** Runs every job once now (also what each tick does). */
  tick(): Promise<void>
  stop(): Promise<void>
}

/** Starts the jobs. The first run happens after one interval. */
export function startJobs(jobs: readonly Job[], options: JobOptions): RunningJobs {
  const running = new Map<string, Promise<void>>()
  const runOne = (job: Job): Promise<void> => {
    const current = running.get(job.name)
    if (current) return current
    const started = options.clock.now()
    const run = job.run(started).then(
      (count) => {
        if (count > 0) options.logger.info('job ran', { job: job.name, items: count })
      },
      (error) => options.logger.error('job failed', { job: job.name, error }),
    ).finally(() => running.delete(job.name))
    running.set(job.name, run)
    return run
  }
  const tick = async () => {
    await Promise.all(jobs.map(runOne))
  }
  const timer = setInterval(() => void tick(), options.intervalMs)
  return {
    tick,
    async stop() {
      clearInterval(timer)
      await Promise.all(running.values())
    },
  }
}
