/**
 * The record of checks for one verification: each check passed or failed once, in order, and
 * everything after the first failure marked skipped, so stored evidence always lists all nine.
 */
import {
  type Check,
  type CheckName,
  checkNames,
  type ErrorCode,
  type Outcome,
  type VerificationFailure,
} from './types.ts'

/** Collects check outcomes for one verification at the trusted time `at`. */
export class CheckLog {
  readonly at: Date
  readonly #done: Check[] = []

  constructor(at: Date) {
    this.at = at
  }

  /** Records a passed check. */
  pass(name: CheckName, detail?: string): void {
    this.#done.push({ name, outcome: 'passed', ...(detail ? { detail } : {}) })
  }

  /** Records a failed check and returns the failure result. */
  fail(name: CheckName, code: ErrorCode, detail?: string): VerificationFailure {
    this.#done.push({ name, outcome: 'failed', code, ...(detail ? { detail } : {}) })
    return {
      ok: false,
      code,
      ...(detail ? { detail } : {}),
      checks: this.all(),
      checkedAt: this.at,
    }
  }

  /** Every check, in the fixed order; those not reached are `skipped`. */
  all(): Check[] {
    return checkNames.map((name) =>
      this.#done.find((c) => c.name === name) ?? { name, outcome: 'skipped' }
    )
  }
}

/** A failed check's outcome. */
export function refuse(code: ErrorCode, detail: string): Outcome {
  return { ok: false, code, detail }
}
