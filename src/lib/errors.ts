/**
 * Domain errors that some caller catches. `app.onError` maps each to a status code and a
 * localized page; everything else is a 500 with a request id and no details.
 */

/** The thing asked for does not exist, or the viewer may not know that it exists. */
export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

/** The viewer is known but may not do this. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError'
}

/** The action does not fit the current state (a step already taken, a stale version). */
export class InvalidTransitionError extends Error {
  override name = 'InvalidTransitionError'
}

/** Configuration or data that the application cannot start with. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
