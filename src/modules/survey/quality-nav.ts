/** The quality team's section links, with the current one marked. */
import type { Context } from 'hono'
import type { QualityNavProps } from '../../../views/survey/quality/_nav.tsx'
import type { AppEnv } from '../../http/env.ts'

const SECTIONS = [
  ['indicators', ''],
  ['paper', '/paper'],
  ['kiosks', '/kiosks'],
  ['settings', '/settings'],
] as const

/** The links for the page of `current`. */
export function qualityNav(
  c: Context<AppEnv>,
  current: (typeof SECTIONS)[number][0],
): QualityNavProps {
  const { t, lang } = c.var
  return {
    label: t('survey:quality.title'),
    links: SECTIONS.map(([key, path]) => ({
      href: `/${lang}/quality${path}`,
      text: t(`survey:nav.${key}`),
      current: key === current,
    })),
  }
}
