/** Parts of the authority's request page: the applicant, the draft, the unsent conclusion. */
import type { Context } from 'hono'
import { UnsentConclusion } from '../../../views/approval/_unsent.tsx'
import type { AppEnv } from '../../http/env.ts'
import { conclusionItem } from './present.ts'
import type { RequestPage as Page } from './queries.ts'

type C = Context<AppEnv>

/** The applicant as the snapshot describes them. */
export function applicantRows(c: C, page: Page) {
  const { t, lang } = c.var
  const a = page.snapshot.applicant
  return [
    { key: t('approval:request.applicantName'), value: a.name[lang] },
    { key: t('approval:request.applicantType'), value: t(`approval:applicantTypes.${a.type}`) },
    { key: t('approval:request.idNumber'), value: a.bin ?? a.iin ?? '—' },
    { key: t('approval:request.address'), value: a.address?.[lang] ?? '—' },
  ]
}

/** The draft decision sent, with a refusal's grounds and reason. */
export function draftRows(c: C, page: Page) {
  const { t, lang } = c.var
  const { decision, details } = page.snapshot.draft
  const refusal = details['refusal'] as
    | {
      grounds?: Array<{ text: { kk: string; ru: string } }>
      groundOther?: string | null
      reason?: string | null
    }
    | null
    | undefined
  const grounds = [
    ...(refusal?.grounds ?? []).map((g) => g.text[lang]),
    ...(refusal?.groundOther ? [refusal.groundOther] : []),
  ]
  return [
    { key: t('approval:request.decision'), value: t(`approval:decision.${decision ?? 'none'}`) },
    ...(grounds.length ? [{ key: t('approval:request.grounds'), value: grounds.join('; ') }] : []),
    ...(refusal?.reason ? [{ key: t('approval:request.reason'), value: refusal.reason }] : []),
  ]
}

/** The conclusion prepared and not sent, with its next step; nothing once overtaken. */
export function unsentBlock(c: C, page: Page, base: string) {
  const { t, lang } = c.var
  if (!page.unsent || page.row.withdrawn_at || page.row.outcome === 'deemed_agreed') {
    return undefined
  }
  const { view, signed } = page.unsent
  // A draft overtaken by a sent conclusion (or by a newer correction) can no longer be sent.
  const current = view.row.supersedes_id
    ? view.row.supersedes_id === page.row.conclusion_id
    : !page.row.outcome
  if (!current) return undefined
  const item = conclusionItem(t, view, (id) => `${base}/attachments/${id}`)
  return (
    <UnsentConclusion
      t={t}
      item={item}
      signHref={view.row.signature_request_id
        ? `/${lang}/signatures/${view.row.signature_request_id}`
        : undefined}
      send={signed
        ? {
          action: `${base}/answer`,
          csrf: c.var.csrfToken(),
          conclusionId: view.row.id,
          version: page.row.version,
        }
        : undefined}
    />
  )
}
