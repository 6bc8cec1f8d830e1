/** The HTML shell of every page: skip link, header with navigation and language switch, main, footer. */
import type { Child } from 'hono/jsx'

/** A link in the header navigation, already translated. */
export interface NavItem {
  readonly href: string
  readonly text: string
  readonly current?: boolean
}

/** Everything the shell shows, already translated. */
export interface BaseLayoutProps {
  readonly lang: 'kk' | 'ru'
  readonly title: string
  readonly serviceName: string
  readonly homeHref: string
  readonly skipLinkText: string
  readonly navLabel: string
  readonly nav: readonly NavItem[]
  /** Links to this page in each language; the current one is marked. */
  readonly languages: ReadonlyArray<
    { lang: 'kk' | 'ru'; href: string; text: string; current: boolean }
  >
  readonly languageLabel: string
  readonly accountArea?: Child
  readonly footer: Child
  readonly cssHref: string
  readonly htmxSrc: string
  readonly children?: Child
}

/** The document shell. htmx loads deferred and only enhances; nothing depends on it. */
export function BaseLayout(props: BaseLayoutProps) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset='utf-8' />
        <meta name='viewport' content='width=device-width, initial-scale=1' />
        <title>{props.title}</title>
        <link rel='stylesheet' href={props.cssHref} />
        <meta name='htmx-config' content='{"includeIndicatorCSS":false}' />
        <script src={props.htmxSrc} defer></script>
      </head>
      <body>
        <a class='skip-link' href='#main'>{props.skipLinkText}</a>
        <header class='header'>
          <div class='container header__inner'>
            <a class='header__name' href={props.homeHref}>{props.serviceName}</a>
            <nav class='lang-switch' aria-label={props.languageLabel}>
              <ul>
                {props.languages.map((l) => (
                  <li>
                    {l.current
                      ? <span aria-current='true' lang={l.lang}>{l.text}</span>
                      : <a href={l.href} lang={l.lang} hreflang={l.lang}>{l.text}</a>}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div class='container header__nav'>
            <nav aria-label={props.navLabel}>
              <ul class='nav'>
                {props.nav.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                      {item.text}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {props.accountArea}
          </div>
        </header>
        <div class='container'>
          <main id='main' class='main' tabindex={-1}>
            {props.children}
          </main>
        </div>
        <footer class='footer'>
          <div class='container'>{props.footer}</div>
        </footer>
      </body>
    </html>
  )
}
