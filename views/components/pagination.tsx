/** Previous / next links for keyset-paginated lists (GOV.UK `pagination`, without page numbers). */

/** Props of Pagination; strings already translated. */
export interface PaginationProps {
  readonly label: string
  readonly previous?: { href: string; text: string } | undefined
  readonly next?: { href: string; text: string } | undefined
}

/** Renders nothing when there is neither a previous nor a next page. */
export function Pagination(p: PaginationProps) {
  if (!p.previous && !p.next) return null
  return (
    <nav class='pagination' aria-label={p.label}>
      {p.previous
        ? <a class='pagination__prev' href={p.previous.href} rel='prev'>{p.previous.text}</a>
        : null}
      {p.next ? <a class='pagination__next' href={p.next.href} rel='next'>{p.next.text}</a> : null}
    </nav>
  )
}
