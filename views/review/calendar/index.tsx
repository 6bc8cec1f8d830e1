/** The working-day calendar for administrators: a year's days, adding, removing, confirming. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { Tag } from '../../components/tag.tsx'

/** One row of the year, already formatted. */
export interface CalendarDayView {
  readonly date: string
  readonly label: string
  readonly kind: string
  readonly name: string
  readonly computed: boolean
  readonly removed: string | undefined
  readonly confirmHref: string
  readonly removeHref: string
}

/** Props of CalendarPage. */
export interface CalendarPageProps {
  readonly t: T
  readonly csrf: string
  readonly backHref: string
  readonly year: number
  readonly yearLinks: { previous: string; next: string }
  readonly banner?: string | undefined
  readonly days: readonly CalendarDayView[]
  readonly addHref: string
  readonly computeHref: string
  readonly kinds: ReadonlyArray<{ value: string; text: string }>
  readonly holidays: ReadonlyArray<{ value: string; text: string }>
  readonly values: Readonly<Record<string, string>>
  readonly errors: Readonly<Record<string, FieldError>>
  readonly errorList: readonly ErrorItem[]
}

/** Renders the page. */
export function CalendarPage(p: CalendarPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('identity:admin.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      {p.banner ? <NotificationBanner titleText={p.banner} type='success' /> : null}
      <h1 class='heading-l'>{t('review:calendar.title')}</h1>
      <p>{t('review:calendar.lead')}</p>
      <p class='inset'>{t('review:calendar.running')}</p>
      <nav aria-label={t('review:calendar.years')}>
        <a href={p.yearLinks.previous}>{t('review:calendar.previousYear', { year: p.year - 1 })}</a>
        {' · '}
        <a href={p.yearLinks.next}>{t('review:calendar.nextYear', { year: p.year + 1 })}</a>
      </nav>
      <h2 class='heading-m'>{t('review:calendar.yearTitle', { year: p.year })}</h2>
      {p.days.length === 0 ? <p>{t('review:calendar.empty')}</p> : (
        <Table
          caption={t('review:calendar.yearTitle', { year: p.year })}
          captionHidden
          head={[
            t('review:calendar.date'),
            t('review:calendar.kind'),
            t('review:calendar.name'),
            t('review:calendar.state'),
            t('review:calendar.actions'),
          ]}
          rows={p.days.map((d) => [
            d.label,
            d.kind,
            d.name,
            d.removed
              ? <Tag text={d.removed} colour='grey' />
              : d.computed
              ? <Tag text={t('sla:statuses.computed')} colour='yellow' />
              : <Tag text={t('sla:statuses.published')} colour='green' />,
            d.removed ? '' : (
              <div class='button-group'>
                {d.computed
                  ? (
                    <DayButton
                      csrf={p.csrf}
                      href={d.confirmHref}
                      text={t('review:calendar.confirm')}
                      date={d.label}
                    />
                  )
                  : null}
                <DayButton
                  csrf={p.csrf}
                  href={d.removeHref}
                  text={t('review:calendar.remove')}
                  date={d.label}
                  warning
                />
              </div>
            ),
          ])}
        />
      )}
      <h2 class='heading-m'>{t('review:calendar.addTitle')}</h2>
      <form method='post' action={p.addHref} novalidate>
        <CsrfField token={p.csrf} />
        <Input
          id='date'
          name='date'
          type='date'
          width='10'
          label={t('review:calendar.date')}
          value={p.values['date']}
          errorMessage={p.errors['date']}
        />
        <Radios
          idPrefix='kind'
          name='kind'
          legend={t('review:calendar.kind')}
          errorMessage={p.errors['kind']}
          items={p.kinds.map((k) => ({ ...k, checked: p.values['kind'] === k.value }))}
          small
        />
        <Select
          id='holiday'
          name='holiday'
          label={t('review:calendar.holiday')}
          hint={t('review:calendar.holidayHint')}
          errorMessage={p.errors['holiday']}
          items={[
            { value: '', text: t('review:calendar.noHoliday') },
            ...p.holidays.map((h) => ({ ...h, selected: p.values['holiday'] === h.value })),
          ]}
        />
        <Input
          id='note'
          name='note'
          label={t('review:calendar.note')}
          hint={t('review:calendar.noteHint')}
          value={p.values['note']}
          errorMessage={p.errors['note']}
        />
        <Button>{t('review:calendar.add')}</Button>
      </form>
      <h2 class='heading-m'>{t('review:calendar.computeTitle')}</h2>
      <p>{t('review:calendar.computeLead')}</p>
      <form method='post' action={p.computeHref} novalidate>
        <CsrfField token={p.csrf} />
        <Input
          id='year'
          name='year'
          inputmode='numeric'
          width='5'
          label={t('review:calendar.year')}
          value={p.values['year']}
          errorMessage={p.errors['year']}
        />
        <Input
          id='kurbanAit'
          name='kurbanAit'
          type='date'
          width='10'
          label={t('review:calendar.kurbanAit')}
          hint={t('review:calendar.kurbanAitHint')}
          value={p.values['kurbanAit']}
          errorMessage={p.errors['kurbanAit']}
        />
        <Button variant='secondary'>{t('review:calendar.compute')}</Button>
      </form>
    </>
  )
}

function DayButton(
  p: { csrf: string; href: string; text: string; date: string; warning?: boolean },
) {
  return (
    <form method='post' action={p.href}>
      <CsrfField token={p.csrf} />
      <Button variant={p.warning ? 'warning' : 'secondary'}>
        {p.text}
        <span class='visually-hidden'>{` ${p.date}`}</span>
      </Button>
    </form>
  )
}
