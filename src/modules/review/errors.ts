/**
 * Why an action on a case was refused. The routes turn each into a page that says so and
 * shows the case as it is now; nothing was changed.
 */
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../../lib/errors.ts'

/** The case does not exist, or belongs to another organisation (the viewer may not know). */
export class CaseNotFoundError extends NotFoundError {
  override name = 'CaseNotFoundError'
}

/** The viewer's role or appointment does not allow the action (`reason` is a locale key). */
export class ActionForbiddenError extends ForbiddenError {
  override name = 'ActionForbiddenError'
  constructor(readonly reason: 'role' | 'assignee', message: string) {
    super(message)
  }
}

/** The action does not fit the case's current step or state (`reason` is a locale key). */
export class ActionConflictError extends InvalidTransitionError {
  override name = 'ActionConflictError'
  constructor(
    readonly reason: 'ended' | 'paused' | 'notPaused' | 'step' | 'outcome' | 'unsigned',
    message: string,
  ) {
    super(message)
  }
}

/** Someone changed the case after the viewer loaded it (the optimistic lock). */
export class CaseChangedError extends InvalidTransitionError {
  override name = 'CaseChangedError'
  constructor(readonly caseId: string, message: string) {
    super(message)
  }
}
