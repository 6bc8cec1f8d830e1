/**
 * Document numbers: `<region>-<series>-<YYYY>-<7-digit sequence>`, e.g. `AKT-LIC-2026-0000042`.
 * The series is LIC for licenses (issued and re-issued), ATT for expert attestation
 * certificates, ACC for accreditation certificates and REF for reasoned refusals; the year is
 * the Almaty year of issue. Each region, series and year counts from 1 and never reuses a
 * number: the counter row is bumped in the transaction that records the issue.
 */
import type { Region } from '../catalog/index.ts'
import { localDate } from '../sla/index.ts'
import type { Db } from './repo.ts'
import type { DocumentKind } from './tables.ts'

/** The code of each region in numbers (the same as in registration numbers). */
export const regionCodes: Readonly<Record<Region, string>> = {
  aktobe: 'AKT',
  'east-kazakhstan': 'VKO',
  zhambyl: 'ZHM',
  almaty: 'ALM',
}

/** A number series. */
export type Series = 'LIC' | 'ATT' | 'ACC' | 'REF'

/** The series a kind of document is numbered in. */
export function seriesOf(kind: DocumentKind): Series {
  switch (kind) {
    case 'attestation':
      return 'ATT'
    case 'accreditation':
      return 'ACC'
    case 'refusal':
    case 'return':
      return 'REF'
    default:
      return 'LIC'
  }
}

const LICENSE_NUMBER = /^(AKT|VKO|ZHM|ALM)-(LIC|ATT|ACC)-(\d{4})-(\d{7})$/

/**
 * The license number in `input` in its canonical form (trimmed, upper case), or undefined
 * when it cannot be one: anything else never reaches the database.
 */
export function parseLicenseNumber(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 40) return undefined
  const number = input.trim().toUpperCase()
  return LICENSE_NUMBER.test(number) ? number : undefined
}

/** Formats a number of a series. */
export function formatNumber(region: string, series: Series, year: string, seq: number): string {
  return `${region}-${series}-${year}-${String(seq).padStart(7, '0')}`
}

/**
 * Takes the next number of a series. Call it inside the issuing transaction: the upsert locks
 * the counter row until the transaction ends (PostgreSQL), and SQLite's write transaction
 * (BEGIN IMMEDIATE) admits one writer, so two issues never get the same number.
 */
export async function takeNumber(
  trx: Db,
  input: { region: Region; kind: DocumentKind; at: Date },
): Promise<string> {
  const region = regionCodes[input.region]
  const series = seriesOf(input.kind)
  const year = localDate(input.at).slice(0, 4)
  const key = `${region}-${series}-${year}`
  const row = await trx.insertInto('issuance_sequences').values({ series: key, last: 1 })
    .onConflict((oc) =>
      oc.column('series').doUpdateSet((eb) => ({ last: eb('issuance_sequences.last', '+', 1) }))
    )
    .returning('last').executeTakeFirstOrThrow()
  return formatNumber(region, series, year, Number(row.last))
}
