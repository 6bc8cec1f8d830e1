/** A short status label (GOV.UK `tag`). Colour is never the only signal: the text says it. */

/** Tag colours. */
export type TagColour = 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple'

/** Renders a tag. */
export function Tag(props: { text: string; colour?: TagColour }) {
  return <strong class={`tag tag--${props.colour ?? 'blue'}`}>{props.text}</strong>
}
