/**
 * The monthly calculation index (MCI, АЕК / МРП): fees are stated as a number of MCI, and the
 * tenge value of one MCI is set by the budget law for each year, so administrators edit it.
 */
import { recordAudit } from '../audit/index.ts'
import type { CatalogDeps } from './deps.ts'
import { findAllMci, findMci, upsertMci } from './repo.ts'
import { MCI_MAX_TENGE, MCI_YEARS } from './schema.ts'
import type { MciValueRow } from './tables.ts'

/** One year's MCI. */
export interface MciValue {
  readonly year: number
  readonly valueTenge: number
  readonly updatedAt: string
  readonly updatedBy: string | null
}

/** The MCI of a year, or undefined when no value has been set for it. */
export async function mciValue(deps: CatalogDeps, year: number): Promise<MciValue | undefined> {
  const row = await findMci(deps.db.kysely, year)
  return row ? toMci(row) : undefined
}

/** Every year's MCI, newest year first. */
export async function listMciValues(deps: CatalogDeps): Promise<MciValue[]> {
  return (await findAllMci(deps.db.kysely)).map(toMci)
}

/** A fee of `mci` indices in tenge at a year's MCI value (integers, so exact). */
export function feeInTenge(mci: number, value: Pick<MciValue, 'valueTenge'>): number {
  return mci * value.valueTenge
}

/** Who changes the catalog, for the audit trail. */
export interface CatalogActor {
  readonly actorId: string | null
  readonly ip?: string | null | undefined
  readonly requestId?: string | null | undefined
}

/** Sets a year's MCI (adding the year if new) and records it in the audit trail. */
export async function setMciValue(
  deps: CatalogDeps,
  input: CatalogActor & { year: number; valueTenge: number },
): Promise<MciValue> {
  assertMci(input.year, input.valueTenge)
  const now = deps.clock.now()
  const row = {
    year: input.year,
    value_tenge: input.valueTenge,
    updated_at: now.toISOString(),
    updated_by: input.actorId,
  }
  await deps.db.kysely.transaction().execute(async (trx) => {
    const previous = await findMci(trx, input.year)
    await upsertMci(trx, row)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'catalog.mci.set',
      entityType: 'catalog_mci_value',
      entityId: String(input.year),
      actorId: input.actorId,
      actorRole: 'administrator',
      ip: input.ip ?? null,
      requestId: input.requestId ?? null,
      details: { year: input.year, valueTenge: input.valueTenge, previous: previous?.value_tenge },
    })
  })
  return toMci(row)
}

function assertMci(year: number, valueTenge: number): void {
  if (!Number.isInteger(year) || year < MCI_YEARS.min || year > MCI_YEARS.max) {
    throw new RangeError(`Invalid MCI year "${year}": expected ${MCI_YEARS.min}–${MCI_YEARS.max}`)
  }
  if (!Number.isInteger(valueTenge) || valueTenge < 1 || valueTenge > MCI_MAX_TENGE) {
    throw new RangeError(
      `Invalid MCI value "${valueTenge}": expected whole tenge, 1–${MCI_MAX_TENGE}`,
    )
  }
}

function toMci(row: MciValueRow): MciValue {
  return {
    year: Number(row.year),
    valueTenge: Number(row.value_tenge),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}
