/** A source of the current time, injected so tests never mock the global clock. */
export interface Clock {
  now(): Date
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until moved; for tests and benchmarks. */
export function fixedClock(
  start: Date | string,
): Clock & { set(to: Date | string): void; advance(ms: number): void } {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to)
    },
    advance(ms) {
      current = new Date(current.getTime() + ms)
    },
  }
}
