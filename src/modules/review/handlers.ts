/**
 * Step handlers: the module that owns a kind of step (approval for `approval`, issuance for
 * `issue`) registers one in `src/app.ts`. The engine calls `enter` inside the transaction that
 * moves a case to such a step, and the case page shows what `describe` says. The owning
 * module finishes the step with `completeStep`. A kind without a handler waits and says so.
 */
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { StepKind } from '../catalog/index.ts'
import type { Bilingual } from './types.ts'

/** The step a case has just entered. */
export interface EnteredStep {
  readonly caseId: string
  readonly number: string
  readonly organizationId: string
  readonly regulationId: string
  readonly regulationVersionId: string
  readonly subService: string
  readonly stepId: string
  readonly kind: StepKind
  readonly role: string
  readonly decision: 'grant' | 'refuse' | 'return' | null
  readonly dueAt: string | null
  readonly at: string
}

/** What the case page shows while a case waits at a handled step. */
export interface StepNotice {
  readonly text: Bilingual
  /** Where the officer acts (the handling module's page), if anywhere. */
  readonly href?: string
}

/** A module's handling of one kind of step. */
export interface StepHandler {
  /** Runs in the transaction that moves the case to the step (create a request, a task…). */
  enter?(trx: Transaction<Database>, step: EnteredStep): Promise<void>
  /** The notice for the case page; undefined shows nothing. */
  describe?(caseId: string, stepId: string): Promise<StepNotice | undefined>
}

const handlers = new Map<StepKind, StepHandler>()

/** Registers (or replaces) the handler of a kind of step. */
export function registerStepHandler(kind: StepKind, handler: StepHandler): void {
  handlers.set(kind, handler)
}

/** The handler of a kind, if one is registered. */
export function stepHandler(kind: StepKind): StepHandler | undefined {
  return handlers.get(kind)
}
