/**
 * The 13 regulations committed as data files (SERVICES.md §1.1). `syncCatalog` copies each
 * version into `catalog_regulation_versions` the first time it sees it and never afterwards.
 */
import { aktobeConstructionLicense } from './data/aktobe-construction-license.ts'
import { aktobeDesignLicense } from './data/aktobe-design-license.ts'
import { aktobeExpertAttestation } from './data/aktobe-expert-attestation.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { aktobeProjectManagementAccreditation } from './data/aktobe-project-management-accreditation.ts'
import { aktobeSurveyLicense } from './data/aktobe-survey-license.ts'
import { almatyCottonLicense } from './data/almaty-cotton-license.ts'
import { eastKazakhstanGrainLicense } from './data/east-kazakhstan-grain-license.ts'
import { zhambylGrainLicense } from './data/zhambyl-grain-license.ts'
import { zhambylPesticideApplicationLicense } from './data/zhambyl-pesticide-application-license.ts'
import { zhambylPesticideProductionLicense } from './data/zhambyl-pesticide-production-license.ts'
import { zhambylPesticideSaleLicense } from './data/zhambyl-pesticide-sale-license.ts'
import { zhambylVeterinaryLicense } from './data/zhambyl-veterinary-license.ts'

/** Every regulation data file, unvalidated: start-up validates them before use. */
export const seedRegulations: readonly unknown[] = [
  aktobeGrainLicense,
  eastKazakhstanGrainLicense,
  zhambylGrainLicense,
  almatyCottonLicense,
  aktobeDesignLicense,
  aktobeSurveyLicense,
  aktobeConstructionLicense,
  aktobeExpertAttestation,
  aktobeProjectManagementAccreditation,
  zhambylPesticideProductionLicense,
  zhambylPesticideSaleLicense,
  zhambylPesticideApplicationLicense,
  zhambylVeterinaryLicense,
]

/** The MCI values the catalog starts with (tenge per index): 2025 and 2026 as enacted. */
export const seedMciValues: ReadonlyArray<{ year: number; valueTenge: number }> = [
  { year: 2025, valueTenge: 3932 },
  { year: 2026, valueTenge: 4325 },
]
