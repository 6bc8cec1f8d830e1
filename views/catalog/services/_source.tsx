/** A discreet reference to the regulation text, e.g. `[000 L88-129]`: the handbook is traceable. */

/** Renders the reference in small muted text. */
export function Source(props: { of: string | undefined }) {
  return props.of ? <small class='source'>[{props.of}]</small> : null
}
