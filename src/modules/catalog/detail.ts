/**
 * What a service page and the API's detail answer show: one version of a regulation, the version
 * in force today, every version, and each sub-service's fee in MCI and in tenge for the current
 * Asia/Almaty year.
 */
import { NotFoundError } from '../../lib/errors.ts'
import { localDate } from '../sla/index.ts'
import type { CatalogDeps } from './deps.ts'
import { feeInTenge, type MciValue, mciValue } from './mci.ts'
import { inForce as inForceOn, listRegulationVersions } from './service.ts'
import { versionParam } from './schema.ts'
import type { RegulationVersion } from './snapshot.ts'
import type { SubServiceKind } from './types.ts'

/** A sub-service's fee: MCI count and tenge at the year's MCI (undefined when no value is set). */
export interface FeeNow {
  readonly kind: SubServiceKind
  readonly mci: number
  readonly tenge: number | undefined
}

/** One version with its context. */
export interface ServiceDetail {
  readonly shown: RegulationVersion
  readonly inForce: RegulationVersion | undefined
  readonly versions: readonly RegulationVersion[]
  readonly year: number
  readonly mci: MciValue | undefined
  /** Sub-services with a fee stated in the regulation. */
  readonly fees: readonly FeeNow[]
}

/**
 * The version `version` of a regulation, or the one in force today when `version` is absent;
 * undefined for an unknown regulation or version (and when none is in force yet).
 */
export async function getServiceDetail(
  deps: CatalogDeps,
  regulationId: string,
  version?: number,
): Promise<ServiceDetail | undefined> {
  const now = deps.clock.now()
  const versions = await listRegulationVersions(deps, regulationId)
  const inForce = inForceOn(versions, localDate(now))
  const shown = version === undefined ? inForce : versions.find((v) => v.version === version)
  if (!shown) return undefined
  const year = Number(localDate(now).slice(0, 4))
  const mci = await mciValue(deps, year)
  const fees = shown.definition.subServices.flatMap((s) =>
    s.fee
      ? [{ kind: s.kind, mci: s.fee.mci, tenge: mci ? feeInTenge(s.fee.mci, mci) : undefined }]
      : []
  )
  return { shown, inForce, versions, year, mci, fees }
}

/**
 * The detail for an id and the raw `?version=` text: NotFoundError for an unknown id, a version
 * that is not a plain positive integer, or one that does not exist.
 */
export async function findServiceDetail(
  deps: CatalogDeps,
  regulationId: string,
  versionText: string | undefined,
): Promise<ServiceDetail> {
  const version = versionText === undefined ? undefined : versionParam.safeParse(versionText)
  if (version && !version.success) {
    throw new NotFoundError(`No version "${String(versionText).slice(0, 20)}" of "${regulationId}"`)
  }
  const detail = await getServiceDetail(deps, regulationId, version?.data)
  if (!detail) throw new NotFoundError(`No service "${regulationId.slice(0, 80)}"`)
  return detail
}
