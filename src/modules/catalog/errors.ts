/** The error that stops start-up when the catalog holds a broken regulation. */

/** One or more regulation versions failed validation; `problems` lists every one. */
export class CatalogValidationError extends Error {
  override name = 'CatalogValidationError'

  constructor(readonly problems: readonly string[]) {
    super(
      `The service catalog has ${problems.length} problem(s); fix them and start again:\n  ${
        problems.join('\n  ')
      }`,
    )
  }
}
