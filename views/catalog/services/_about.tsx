/** Who provides a service, to whom, through which channels, under which act; the call center. */
import type { Child } from 'hono/jsx'
import type { Lang, T } from '../../../src/i18n.ts'
import type { Regulation } from '../../../src/modules/catalog/index.ts'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { formatDate, inLang, joinLabels, sentence } from '../format.ts'
import { Source } from './_source.tsx'

/** Props of About. */
export interface AboutProps {
  readonly t: T
  readonly lang: Lang
  readonly regulation: Regulation
}

/** Renders the "About the service" section. */
export function About({ t, lang, regulation: r }: AboutProps) {
  const row = (key: string, value: Child): SummaryRow => ({
    key: t(`catalog:show.about.${key}`),
    value,
  })
  const rows: SummaryRow[] = [
    row('provider', <Provider t={t} lang={lang} regulation={r} />),
    row(
      'recipients',
      sentence(lang, joinLabels(r.recipients.map((a) => t(`catalog:applicantTypes.${a}`)))),
    ),
    row(
      'channels',
      <>
        {sentence(lang, joinLabels(r.channels.map((c) => t(`catalog:channels.${c}`))))}{' '}
        <Source of={r.channelsSource} />
      </>,
    ),
  ]
  if (r.workingHours) {
    const h = r.workingHours
    const hours = h.lunch
      ? t('catalog:show.about.hoursWithLunch', {
        start: h.start,
        end: h.end,
        lunchStart: h.lunch[0],
        lunchEnd: h.lunch[1],
      })
      : t('catalog:show.about.hoursValue', { start: h.start, end: h.end })
    rows.push(row(
      'hours',
      <>
        {hours} <Source of={h.source} />
      </>,
    ))
  }
  if (r.interestedAuthorities.length) {
    rows.push(row(
      'authorities',
      r.interestedAuthorities.map((a) => (
        <p>
          {inLang(lang, a.name)} <Source of={a.source} />
        </p>
      )),
    ))
  }
  rows.push(
    row(
      'act',
      <>
        {actText(t, lang, r.act)} <Source of={r.act.source} />
      </>,
    ),
    row('callCenter', t('catalog:show.about.callCenterValue')),
  )
  return (
    <section aria-labelledby='about'>
      <h2 class='heading-m' id='about'>{t('catalog:show.about.title')}</h2>
      <SummaryList rows={rows} />
    </section>
  )
}

function Provider({ t, lang, regulation: r }: AboutProps) {
  const p = r.provider
  return (
    <>
      {inLang(lang, p.name)} <Source of={p.source} />
      {p.address
        ? (
          <>
            <br />
            {inLang(lang, p.address)}
          </>
        )
        : null}
      {p.phone
        ? (
          <>
            <br />
            {t('catalog:show.about.phone', { phone: p.phone })}
          </>
        )
        : null}
    </>
  )
}

/** The act's title, with its number and date unless the title already states them. */
function actText(t: T, lang: Lang, act: Regulation['act']): string {
  const title = inLang(lang, act.title)
  if (title.includes(`№ ${act.number}`)) return title
  return t('catalog:show.about.actValue', { title, number: act.number, date: formatDate(act.date) })
}
