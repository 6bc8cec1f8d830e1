/**
 * Installs the base layout once: `c.render(<Page />, { title })` wraps any page in the shell
 * with the right language, navigation and language switch. The page is rendered to a string
 * first so its ETag is hashed from that string (see etag.ts), not from a cloned response.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Child } from 'hono/jsx'
import { BaseLayout } from '../../views/layouts/base.tsx'
import { Footer } from '../../views/layouts/footer.tsx'
import { defaultLang, type Lang, languages, type T } from '../i18n.ts'
import type { AssetUrls } from './assets.ts'
import { cacheableMethod, weakEtag } from './etag.ts'
import { type AccessRule, allows } from './access.ts'
import type { AppEnv, Role } from './env.ts'
import { languageOfPath } from './language.ts'

/** What every `c.render` call passes besides the page. */
export interface PageProps {
  /** The page title without the service name; the `h1` usually says the same. */
  title: string
  /** Prefixes the title with "Error:" so screen readers hear it first (GOV.UK pattern). */
  hasErrors?: boolean
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>
  }
}

/** A header navigation entry: the path after `/:lang`, its locale key, and who sees it. */
export interface NavEntry {
  readonly path: string
  readonly key: string
  /** Who sees the entry (default: everyone); the route itself is still guarded by the matrix. */
  readonly access?: AccessRule
}

/** The entries a visitor may use. */
export function visibleNav(
  nav: readonly NavEntry[],
  roles: ReadonlySet<Role> | undefined,
): NavEntry[] {
  return nav.filter((n) => allows(n.access ?? 'public', roles))
}

/** Options for the renderer. */
export interface RendererOptions {
  readonly assets: AssetUrls
  readonly nav: readonly NavEntry[]
  readonly translator: (lang: Lang) => T
  /** The account links at the right of the navigation (login or the person's name). */
  readonly accountArea?: (c: Context<AppEnv>) => Child
}

/** The renderer middleware. */
export function renderer(options: RendererOptions): MiddlewareHandler<AppEnv> {
  return async function renderer(c, next) {
    c.setRenderer(async (content, props) => {
      const page = `<!DOCTYPE html>${await (<Shell c={c} options={options} {...props}>
        {content}
      </Shell>).toString()}`
      // Encoded once: hashed for the ETag, then sent as these bytes.
      const bytes = new TextEncoder().encode(page)
      if (cacheableMethod(c.req.method)) c.header('ETag', await weakEtag(bytes))
      c.header('Content-Type', 'text/html; charset=UTF-8')
      return c.body(bytes)
    })
    await next()
  }
}

/** The base layout filled in for the request. */
function Shell(
  { children, title, hasErrors, c, options }: PageProps & {
    children?: Child
    c: Context<AppEnv>
    options: RendererOptions
  },
) {
  const lang = c.var.lang ?? languageOfPath(c.req.path) ?? defaultLang
  const t = c.var.t ?? options.translator(lang)
  const rest = c.var.pathWithoutLang ?? '/'
  const query = new URL(c.req.url).search
  return (
    <BaseLayout
      lang={lang}
      title={`${hasErrors ? t('errors.titlePrefix') : ''}${title} — ${t('service.name')}`}
      serviceName={t('service.name')}
      homeHref={`/${lang}`}
      skipLinkText={t('layout.skipLink')}
      navLabel={t('layout.navLabel')}
      nav={visibleNav(options.nav, c.var.user?.roles).map((n) => ({
        href: `/${lang}${n.path}`,
        text: t(n.key),
        current: rest === n.path || rest.startsWith(`${n.path}/`),
      }))}
      languages={languages.map((l) => ({
        lang: l,
        href: `/${l}${rest === '/' ? '' : rest}${query}`,
        text: t(`layout.language.${l}`),
        current: l === lang,
      }))}
      languageLabel={t('layout.language.label')}
      accountArea={options.accountArea?.(c)}
      footer={<Footer t={t} />}
      cssHref={options.assets.css}
      htmxSrc={options.assets.htmx}
    >
      {children}
    </BaseLayout>
  )
}
