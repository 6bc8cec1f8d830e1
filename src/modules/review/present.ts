/**
 * Formatting for the review pages: Almaty times as people write them, norms and working time
 * in words, status tags and the overdue / due-today marks. Route-side helpers: views get the
 * strings these make.
 */
import type { TagView } from '../../../views/review/worklist/index.tsx'
import type { T } from '../../i18n.ts'
import type { Norm } from '../catalog/index.ts'
import { localDate, toAlmaty } from '../sla/index.ts'

/** `2026-03-02T05:00:00Z` → `02.03.2026 10:00` (Almaty); a dash for none. */
export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const local = toAlmaty(new Date(iso))
  const [y, m, d] = local.slice(0, 10).split('-')
  return `${d}.${m}.${y} ${local.slice(11)}`
}

/** `2026-03-02` → `02.03.2026`. */
export function fmtDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${d}.${m}.${y}`
}

/** A norm in words ("2 рабочих дня"), or "no norm" when the regulation gives none. */
export function fmtNorm(t: T, norm: Norm | null | undefined): string {
  return norm ? t(`catalog:norm.${norm.unit}`, { count: norm.amount }) : t('catalog:norm.none')
}

/** Working time in hours and minutes ("3 ч 05 мин"). */
export function fmtWorking(t: T, minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = String(minutes % 60).padStart(2, '0')
  return t('review:time.hoursMinutes', { hours: h, minutes: m })
}

/** A file size in KB or MB. */
export function fmtSize(t: T, bytes: number): string {
  return bytes >= 1_048_576
    ? t('review:time.mb', { size: (bytes / 1_048_576).toFixed(1) })
    : t('review:time.kb', { size: Math.max(1, Math.round(bytes / 1024)) })
}

const STATUS_COLOURS: Record<string, TagView['colour']> = {
  sent: 'grey',
  ready: 'green',
  deemed_issued: 'green',
  refused: 'red',
  returned: 'red',
  on_signature: 'purple',
}

/** The status as a tag. */
export function statusTag(t: T, status: string): TagView {
  return { text: t(`status.${status}`), colour: STATUS_COLOURS[status] ?? 'blue' }
}

/** The deadline facts of a case row, for the marks. */
export interface DeadlineFacts {
  readonly state: 'active' | 'ended'
  readonly step_due_at: string | null
  readonly due_at: string
  readonly sort_due_at: string
  readonly paused_at: string | null
  readonly step_alert: string
}

/** "Paused", "Overdue", "Due today" or "Nearing the deadline", as they apply now. */
export function marksOf(t: T, r: DeadlineFacts, now: Date): TagView[] {
  if (r.state !== 'active') return []
  if (r.paused_at) return [{ text: t('review:marks.paused'), colour: 'grey' }]
  const iso = now.toISOString()
  const overdue = (r.step_due_at !== null && r.step_due_at < iso) || r.due_at < iso
  if (overdue) return [{ text: t('review:marks.overdue'), colour: 'red' }]
  if (localDate(new Date(r.sort_due_at)) === localDate(now)) {
    return [{ text: t('review:marks.dueToday'), colour: 'yellow' }]
  }
  return r.step_alert === 'nearing' ? [{ text: t('review:marks.nearing'), colour: 'yellow' }] : []
}

/** A file name without control characters or path separators, at most 200 characters. */
export function safeFilename(name: string, fallback: string): string {
  // deno-lint-ignore no-control-regex -- control characters are exactly what is removed
  return name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || fallback
}

/** The RFC 6266 header for a file: an ASCII fallback name and the real one in UTF-8. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const clean = safeFilename(filename, 'document')
  const ascii = clean.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["%;]/g, '_')
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Types a browser may show inline from this site; everything else is only downloaded. */
export const INLINE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const
