/** The start page. */

/** Props of HomePage; strings already translated. */
export interface HomePageProps {
  readonly heading: string
  readonly lead: string
  readonly sectionsTitle: string
  readonly sections: ReadonlyArray<{ href: string; text: string; description: string }>
  readonly helpTitle: string
  readonly help: string
}

/** Renders the start page body. */
export function HomePage(p: HomePageProps) {
  return (
    <>
      <h1 class='heading-xl'>{p.heading}</h1>
      <p class='lead'>{p.lead}</p>
      {p.sections.length > 0
        ? (
          <>
            <h2 class='heading-m'>{p.sectionsTitle}</h2>
            <ul class='cards'>
              {p.sections.map((s) => (
                <li class='card'>
                  <h3 class='heading-s card__title'>
                    <a href={s.href}>{s.text}</a>
                  </h3>
                  <p class='card__text'>{s.description}</p>
                </li>
              ))}
            </ul>
          </>
        )
        : null}
      <h2 class='heading-m'>{p.helpTitle}</h2>
      <p>{p.help}</p>
    </>
  )
}
