/** The quality team's sections, as a list of links under the heading. */

/** Props of QualityNav. */
export interface QualityNavProps {
  readonly label: string
  readonly links: ReadonlyArray<
    { readonly href: string; readonly text: string; readonly current: boolean }
  >
}

/** Renders the links; the current section is marked for screen readers. */
export function QualityNav(p: QualityNavProps) {
  return (
    <nav aria-label={p.label} class='no-print'>
      <ul class='tabs'>
        {p.links.map((l) => (
          <li>
            <a href={l.href} aria-current={l.current ? 'page' : undefined}>{l.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
