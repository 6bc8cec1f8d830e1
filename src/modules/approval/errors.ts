/**
 * Why an approval action was refused. The routes turn each into a page that says so (404 or
 * 409 with the reason's message); nothing was changed.
 */
import { InvalidTransitionError, NotFoundError } from '../../lib/errors.ts'

/** The request or case does not exist, or belongs to another organisation. */
export class ApprovalNotFoundError extends NotFoundError {
  override name = 'ApprovalNotFoundError'
}

/** Why an action does not fit the request's or the case's state (a locale key under `conflict`). */
export type ConflictReason =
  | 'answered'
  | 'withdrawn'
  | 'deemed'
  | 'notAnswered'
  | 'changed'
  | 'unsigned'
  | 'decided'
  | 'sent'
  | 'notAtStep'
  | 'paused'
  | 'noSigning'

/** The action does not fit the current state; `reason` says which. */
export class ApprovalConflictError extends InvalidTransitionError {
  override name = 'ApprovalConflictError'
  constructor(readonly reason: ConflictReason, message: string) {
    super(message)
  }
}
