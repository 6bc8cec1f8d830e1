/** The rows an issue writes: the registry record of a new license, and the document. */
import { newId, sha256Hex } from '../../lib/ids.ts'
import { normalizeForSearch } from '../catalog/index.ts'
import { licenseKindOf } from './build.ts'
import { type IssuedData, serializeData } from './data.ts'
import type { IssuePlan } from './record.ts'
import type { Related } from './related.ts'
import { type Db, insertLicense } from './repo.ts'
import type { NewDocumentRow } from './tables.ts'

/** Inserts the registry record when the document is a license or certificate; its id. */
export async function saveLicense(
  trx: Db,
  plan: IssuePlan,
  data: IssuedData,
  related: Related,
): Promise<string | undefined> {
  const kind = licenseKindOf(plan.kind)
  if (!kind) return undefined
  const id = newId()
  const at = plan.at.toISOString()
  const h = data.holder
  await insertLicense(trx, {
    id,
    number: data.number,
    kind,
    status: 'active',
    status_since: at,
    basis: data.basis,
    organization_id: data.provider.organizationId,
    regulation_id: data.service.regulationId,
    region: plan.facts.regulation.region,
    holder_account_id: plan.facts.application.applicant.accountId,
    holder_type: h.type,
    holder_iin: h.iin,
    holder_bin: h.bin,
    holder_name_kk: h.name.kk,
    holder_name_ru: h.name.ru,
    search_text: normalizeForSearch(`${data.number} ${h.name.kk} ${h.name.ru}`),
    issued_at: at,
    replaces_id: plan.kind === 'reissued_license' ? related.license?.id ?? null : null,
    replaced_by_id: null,
    created_at: at,
    version: 1,
  })
  return id
}

/** The document's row, with its canonical data and their hash. */
export async function documentRow(
  id: string,
  plan: IssuePlan,
  data: IssuedData,
  licenseId: string | null,
): Promise<NewDocumentRow & { delivered_at: string | null }> {
  const text = serializeData(data)
  const app = plan.facts.application
  const at = plan.at.toISOString()
  return {
    id,
    kind: plan.kind,
    number: data.number,
    copy_no: data.copyNo,
    license_id: licenseId,
    case_id: plan.facts.case.id,
    organization_id: data.provider.organizationId,
    holder_account_id: app.applicant.accountId,
    lang: app.lang,
    channel: app.channel,
    basis: data.basis,
    data: text,
    data_hash: await sha256Hex(text),
    issued_at: at,
    // A portal applicant has the result in the cabinet at once; at the counter it is handed over.
    delivered_at: app.channel === 'portal' ? at : null,
    handed_over_at: null,
    handed_over_by: null,
    created_at: at,
  }
}
