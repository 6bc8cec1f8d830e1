/**
 * The GOV.UK error summary: a titled list of links, one per invalid field. It takes focus on
 * load (`autofocus`), so screen-reader and keyboard users land on it without JavaScript.
 */

/** One error: the message and the id of the field it belongs to. */
export interface ErrorItem {
  readonly text: string
  readonly href: string
}

/** Props of ErrorSummary; strings already translated. */
export interface ErrorSummaryProps {
  readonly titleText: string
  readonly errorList: readonly ErrorItem[]
}

/** Renders nothing when there are no errors. */
export function ErrorSummary({ titleText, errorList }: ErrorSummaryProps) {
  if (errorList.length === 0) return null
  return (
    <div class='error-summary' tabindex={-1} autofocus aria-labelledby='error-summary-title'>
      <h2 class='error-summary__title' id='error-summary-title'>{titleText}</h2>
      <ul class='error-summary__list'>
        {errorList.map((e) => (
          <li>
            <a href={e.href}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
