/** A "Back" link to the previous step (GOV.UK `back link`); a real link, no history.back(). */

/** Renders the link. */
export function BackLink(props: { href: string; text: string }) {
  return <a class='back-link' href={props.href}>{props.text}</a>
}
