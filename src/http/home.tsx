/** The start page: what the service is and where each kind of visitor goes next. */
import { Hono } from 'hono'
import { HomePage } from '../../views/home/index.tsx'
import type { AppEnv } from './env.ts'
import { type NavEntry, visibleNav } from './renderer.tsx'

/** The `/:lang` start page; `sections` are the same entries as the header navigation. */
export function homeRoutes(sections: readonly NavEntry[]): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.get('/', (c) => {
    const { t, lang } = c.var
    return c.render(
      <HomePage
        heading={t('home.title')}
        lead={t('home.lead')}
        sectionsTitle={t('home.sectionsTitle')}
        sections={visibleNav(sections, c.var.user?.roles).map((s) => ({
          href: `/${lang}${s.path}`,
          text: t(s.key),
          description: t(`${s.key}Description`),
        }))}
        helpTitle={t('home.helpTitle')}
        help={t('home.help')}
      />,
      { title: t('home.title') },
    )
  })
  return routes
}
