/**
 * The administrators' page of the working-day calendar (`/:lang/admin/calendar`): a year's
 * days off and working weekend days, adding and removing them, confirming computed ones, and
 * adding a year computed from the law. Every change is audited; deadlines already set for
 * running cases are kept (they are stored with the case), only later ones use the edit.
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { CalendarPage } from '../../../views/review/calendar/index.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { fieldError, fieldId } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import {
  addCalendarDay,
  addComputedYear,
  confirmCalendarDay,
  listCalendarDays,
  removeCalendarDay,
  type SlaDeps,
} from './service.ts'
import type { CalendarDayRow } from './tables.ts'
import { isoToDay } from './time.ts'

const ADMIN = ['administrator'] as const

/** Who may use the calendar pages. */
export const access: AccessRules = {
  'GET /:lang/admin/calendar': ADMIN,
  'POST /:lang/admin/calendar/days': ADMIN,
  'POST /:lang/admin/calendar/days/:date/confirmation': ADMIN,
  'POST /:lang/admin/calendar/days/:date/removal': ADMIN,
  'POST /:lang/admin/calendar/years': ADMIN,
}

const KINDS = ['holiday', 'moved', 'decree', 'workday'] as const
const HOLIDAYS = [
  'newYear',
  'orthodoxChristmas',
  'womensDay',
  'nauryz',
  'unity',
  'defenderDay',
  'victoryDay',
  'capitalDay',
  'constitutionDay',
  'republicDay',
  'independenceDay',
  'kurbanAit',
] as const

const isoDate = z.iso.date('review:calendar.errors.date').refine((d) => {
  const y = Number(d.slice(0, 4))
  return y >= 2024 && y <= 2100
}, 'review:calendar.errors.date')

const dayForm = z.object({
  date: isoDate,
  kind: z.enum(KINDS, { message: 'review:calendar.errors.kind' }),
  holiday: z.union([z.enum(HOLIDAYS), z.literal('')]).optional(),
  note: z.string().trim().max(200, 'review:calendar.errors.note').optional(),
}).superRefine((f, ctx) => {
  const named = f.kind === 'holiday' || f.kind === 'moved'
  if (named && !f.holiday) {
    ctx.addIssue({ code: 'custom', path: ['holiday'], message: 'review:calendar.errors.holiday' })
  }
  if (!named && !f.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'review:calendar.errors.note' })
  }
})

const yearForm = z.object({
  year: z.coerce.number({ message: 'review:calendar.errors.year' }).int().min(
    2024,
    'review:calendar.errors.year',
  )
    .max(2100, 'review:calendar.errors.year'),
  kurbanAit: isoDate,
}).refine((f) => f.kurbanAit.startsWith(`${f.year}-`), {
  path: ['kurbanAit'],
  message: 'review:calendar.errors.kurbanAit',
})

type C = Context<AppEnv>
type Errors = Record<string, string>

/** The calendar administration, mounted at `/admin/calendar`. */
export function calendarAdmin(deps: SlaDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/', (c) => render(c, deps, yearOf(c.req.query('year'), deps), {}, {}))
  app.post('/days', async (c) => {
    const body = await form(c)
    const f = dayForm.safeParse(body)
    if (!f.success) return render(c, deps, yearOf(body['date'], deps), body, issues(f.error))
    const result = await addCalendarDay(deps, editor(c), {
      date: f.data.date,
      kind: f.data.kind,
      holiday: f.data.kind === 'holiday' || f.data.kind === 'moved' ? f.data.holiday || null : null,
      note: f.data.note || null,
    })
    if (!result.ok) {
      const field = result.error === 'exists' ? 'date' : 'kind'
      return render(c, deps, yearOf(f.data.date, deps), body, {
        [field]: `review:calendar.errors.${result.error}`,
      })
    }
    return done(c, f.data.date, 'added')
  })
  app.post('/days/:date/confirmation', async (c) => {
    const date = c.req.param('date')
    if (!isoDate.safeParse(date).success || !(await confirmCalendarDay(deps, editor(c), date))) {
      return c.notFound()
    }
    return done(c, date, 'confirmed')
  })
  app.post('/days/:date/removal', async (c) => {
    const date = c.req.param('date')
    if (!isoDate.safeParse(date).success || !(await removeCalendarDay(deps, editor(c), date))) {
      return c.notFound()
    }
    return done(c, date, 'removed')
  })
  app.post('/years', async (c) => {
    const body = await form(c)
    const f = yearForm.safeParse(body)
    if (!f.success) return render(c, deps, yearOf(undefined, deps), body, issues(f.error))
    await addComputedYear(deps, editor(c), f.data)
    return done(c, `${f.data.year}-01-01`, 'computed')
  })
  return app
}

async function form(c: C): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => ({}))
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
}

function editor(c: C) {
  return { accountId: c.var.user!.accountId, ip: c.var.clientAddress, requestId: c.var.requestId }
}

function done(c: C, date: string, what: string) {
  return seeOther(c, `/${c.var.lang}/admin/calendar?year=${date.slice(0, 4)}&done=${what}`)
}

function yearOf(value: string | undefined, deps: SlaDeps): number {
  const y = Number(String(value ?? '').slice(0, 4))
  return Number.isInteger(y) && y >= 2024 && y <= 2100 ? y : deps.clock.now().getUTCFullYear()
}

function issues(error: z.ZodError): Errors {
  const out: Errors = {}
  for (const i of error.issues) {
    const f = String(i.path[0] ?? 'date')
    out[f] ??= /^review:/.test(i.message) ? i.message : 'review:calendar.errors.date'
  }
  return out
}

async function render(
  c: C,
  deps: SlaDeps,
  year: number,
  values: Record<string, string>,
  errors: Errors,
) {
  const { t, lang } = c.var
  const rows = await listCalendarDays(deps, year)
  const failed = Object.keys(errors).length > 0
  if (failed) c.status(422)
  const doneKey = c.req.query('done')
  return c.render(
    <CalendarPage
      t={t}
      csrf={c.var.csrfToken()}
      backHref={`/${lang}/admin`}
      year={year}
      yearLinks={{
        previous: `/${lang}/admin/calendar?year=${year - 1}`,
        next: `/${lang}/admin/calendar?year=${year + 1}`,
      }}
      banner={!failed && doneKey && /^[a-z]+$/.test(doneKey)
        ? t(`review:calendar.done.${doneKey}`)
        : undefined}
      days={rows.map((r) => dayView(c, r))}
      addHref={`/${lang}/admin/calendar/days`}
      computeHref={`/${lang}/admin/calendar/years`}
      kinds={KINDS.map((k) => ({ value: k, text: t(`sla:dayKinds.${k}`) }))}
      holidays={HOLIDAYS.map((h) => ({ value: h, text: t(`sla:holidays.${h}`) }))}
      values={values}
      errors={Object.fromEntries(
        Object.entries(errors).map(([f, k]) => [f, fieldError({ [f]: t(k) }, f, t)!]),
      )}
      errorList={Object.entries(errors).map(([f, k]) => ({ text: t(k), href: `#${fieldId(f)}` }))}
    />,
    { title: t('review:calendar.title'), hasErrors: failed },
  )
}

function dayView(c: C, r: CalendarDayRow) {
  const { t, lang } = c.var
  const [y, m, d] = r.date.split('-')
  const weekday = new Intl.DateTimeFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU', {
    weekday: 'long',
    timeZone: 'UTC',
  })
    .format(new Date(isoToDay(r.date) * 86_400_000))
  return {
    date: r.date,
    label: `${d}.${m}.${y} (${weekday})`,
    kind: t(`sla:dayKinds.${r.kind}`),
    name: r.holiday ? t(`sla:holidays.${r.holiday}`) : r.note ?? '',
    computed: r.status === 'computed',
    removed: r.removed_at ? t('review:calendar.removed') : undefined,
    confirmHref: `/${lang}/admin/calendar/days/${r.date}/confirmation`,
    removeHref: `/${lang}/admin/calendar/days/${r.date}/removal`,
  }
}
