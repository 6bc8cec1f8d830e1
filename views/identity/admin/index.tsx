/** The administration start page. */

/** Props of AdminIndexPage; strings already translated. */
export interface AdminIndexPageProps {
  readonly heading: string
  readonly links: ReadonlyArray<{ href: string; text: string }>
}

/** Renders the list of administration sections. */
export function AdminIndexPage(p: AdminIndexPageProps) {
  return (
    <>
      <h1 class='heading-l'>{p.heading}</h1>
      <ul>
        {p.links.map((l) => (
          <li>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
