/** zod schemas for the catalog's query strings and forms. */
import { z } from 'zod'
import { regions, sectors } from './definition.ts'

/** The years an MCI value may be set for. */
export const MCI_YEARS = { min: 2000, max: 2100 } as const
/** A sane ceiling for one MCI in tenge (it was 4 325 ₸ in 2026). */
export const MCI_MAX_TENGE = 1_000_000

/** Drops a filter value that is not one of the list, instead of failing the page. */
function optionalOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined)
}

/** `?region=&sector=&q=` of the public list and the API; anything invalid is ignored. */
export const listQuery = z.object({
  region: optionalOf(regions),
  sector: optionalOf(sectors),
  q: z.string().optional().catch(undefined),
})
/** The parsed list query. */
export type ListQuery = z.infer<typeof listQuery>

/** `?version=N`: a positive integer written plainly, or absent. */
export const versionParam = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)

/** The MCI form; messages are locale keys of the `catalog` namespace. */
export const mciForm = z.object({
  year: z.string().trim().regex(/^\d{4}$/, 'admin.mci.errors.year')
    .transform(Number)
    .pipe(
      z.number().min(MCI_YEARS.min, 'admin.mci.errors.year').max(
        MCI_YEARS.max,
        'admin.mci.errors.year',
      ),
    ),
  valueTenge: z.string().trim().transform((s) => s.replace(/[\s\u00a0\u202f]/g, ''))
    .pipe(z.string().regex(/^\d{1,7}$/, 'admin.mci.errors.value'))
    .transform(Number)
    .pipe(
      z.number().int().min(1, 'admin.mci.errors.value').max(
        MCI_MAX_TENGE,
        'admin.mci.errors.value',
      ),
    ),
})
/** The parsed MCI form. */
export type MciForm = z.infer<typeof mciForm>

/** The new-version form: an effective date and the definition as JSON text. */
export const versionForm = z.object({
  effectiveFrom: z.string().trim().pipe(z.iso.date('admin.version.errors.effectiveFrom')),
  definition: z.string().trim().min(1, 'admin.version.errors.definitionRequired'),
})
/** The parsed new-version form. */
export type VersionForm = z.infer<typeof versionForm>
