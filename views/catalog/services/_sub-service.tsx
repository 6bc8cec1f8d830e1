/** One sub-service (issue, re-issue, …): result, deadline, fee, documents, route, Apply. */
import type { Lang, T } from '../../../src/i18n.ts'
import type { DocumentGroup, Regulation, SubService } from '../../../src/modules/catalog/index.ts'
import { Button } from '../../components/button.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { formatNorm, formatTenge, inLang } from '../format.ts'
import { Documents } from './_documents.tsx'
import { RouteSteps } from './_route.tsx'
import { Source } from './_source.tsx'

/** Props of SubServiceSection. */
export interface SubServiceSectionProps {
  readonly t: T
  readonly lang: Lang
  readonly regulation: Regulation
  readonly sub: SubService
  readonly groups: readonly DocumentGroup[]
  readonly year: number
  /** The fee in tenge at the MCI of `year` (undefined without a fee or an MCI value). */
  readonly feeTenge: number | undefined
  /** Where "Apply" goes; absent when an older version is shown. */
  readonly applyHref: string | undefined
}

/** Renders the section, headed by the sub-service's name. */
export function SubServiceSection(p: SubServiceSectionProps) {
  const { t, lang, sub } = p
  return (
    <section aria-labelledby={`sub-${sub.kind}`}>
      <h2 class='heading-m' id={`sub-${sub.kind}`}>{inLang(lang, sub.name)}</h2>
      <SummaryList
        rows={[
          { key: t('catalog:show.result'), value: t(`catalog:resultKinds.${sub.result}`) },
          { key: t('catalog:show.deadline.label'), value: <Deadline {...p} /> },
          { key: t('catalog:show.fee.label'), value: <Fee {...p} /> },
          { key: t('catalog:show.deemed.label'), value: <Deemed {...p} /> },
        ]}
      />
      {p.applyHref
        ? (
          <Button href={p.applyHref}>
            {t('catalog:show.apply')}
            <span class='visually-hidden'>: {inLang(lang, sub.name)}</span>
          </Button>
        )
        : null}
      <h3>{t('catalog:show.documents.title')}</h3>
      <Documents
        t={t}
        lang={lang}
        list={sub.documents}
        groups={p.groups}
        recipients={p.regulation.recipients}
      />
      {sub.reissueReasons?.length
        ? (
          <>
            <h3>{t('catalog:show.reissueReasons')}</h3>
            <ul>
              {sub.reissueReasons.map((r) => (
                <li>
                  {inLang(lang, r.text)}
                  {r.class ? ` (${t('catalog:norm.class', { class: r.class })})` : ''}{' '}
                  <Source of={r.source} />
                </li>
              ))}
            </ul>
          </>
        )
        : null}
      <h3>{t('catalog:show.route.title')}</h3>
      <RouteSteps t={t} lang={lang} steps={sub.route.steps} />
    </section>
  )
}

function Deadline({ t, lang, sub }: SubServiceSectionProps) {
  const d = sub.deadline
  return (
    <>
      {d.basis === 'stated'
        ? formatNorm(t, d.norm)
        : `${inLang(lang, d.summary)} ${t('catalog:show.deadline.sumOfSteps')}`}{' '}
      <Source of={d.source} />
      {sub.deadlineNote ? <span class='note'>{inLang(lang, sub.deadlineNote)}</span> : null}
    </>
  )
}

function Fee({ t, lang, sub, year, feeTenge }: SubServiceSectionProps) {
  const fee = sub.fee
  const amount = !fee
    ? t('catalog:show.fee.notStated')
    : feeTenge !== undefined
    ? t('catalog:show.fee.amount', { mci: fee.mci, tenge: formatTenge(lang, feeTenge), year })
    : t('catalog:show.fee.noMciValue', { mci: fee.mci, year })
  return (
    <>
      {amount} <Source of={fee?.source} />
      {sub.feeNote ? <span class='note'>{inLang(lang, sub.feeNote)}</span> : null}
    </>
  )
}

function Deemed({ t, regulation }: SubServiceSectionProps) {
  const d = regulation.deemedIssued
  return (
    <>
      {t(d.applies ? 'catalog:show.deemed.applies' : 'catalog:show.deemed.notApplies')}{' '}
      <Source of={d.source} />
    </>
  )
}
