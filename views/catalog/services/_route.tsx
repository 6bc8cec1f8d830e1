/** The route of a sub-service as a numbered list: actor — action — norm → result. */
import type { Lang, T } from '../../../src/i18n.ts'
import type { Step } from '../../../src/modules/catalog/index.ts'
import { formatNorm, inLang } from '../format.ts'
import { Source } from './_source.tsx'

/** Props of RouteSteps. */
export interface RouteStepsProps {
  readonly t: T
  readonly lang: Lang
  readonly steps: readonly Step[]
}

/** Renders the ordered list of steps. */
export function RouteSteps({ t, lang, steps }: RouteStepsProps) {
  return (
    <ol class='steps'>
      {steps.map((s) => (
        <li>
          <strong>{t(`roles.${s.role}`)}</strong> — {inLang(lang, s.action)} —{' '}
          <strong>{stepNorm(t, s)}</strong> → {inLang(lang, s.result)}{' '}
          {s.assumed
            ? <span class='tag tag--yellow'>{t('catalog:show.route.assumed')}</span>
            : null}
          {s.note ? <span class='note'>{inLang(lang, s.note)}</span> : null}
          <Source of={s.source} />
        </li>
      ))}
    </ol>
  )
}

function stepNorm(t: T, s: Step): string {
  const base = s.normByReissueClass
    ? t('catalog:norm.byClass', {
      a: formatNorm(t, s.normByReissueClass.A),
      b: formatNorm(t, s.normByReissueClass.B),
    })
    : s.norm
    ? formatNorm(t, s.norm)
    : t('catalog:norm.none')
  return s.excludeAcceptanceDay ? `${base} ${t('catalog:norm.excludeAcceptanceDay')}` : base
}
