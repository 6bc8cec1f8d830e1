/**
 * Demo organisations and accounts for a laptop or a test stand: the provider departments of
 * the four regions in the seeds, the Aktobe consumer-protection unit (interested authority),
 * a Public Service Center in Taraz, one officer per role per provider, and applicants of
 * each type whose IIN/BIN are in the local registry. All share one password, listed in the
 * README. Loaded only into an empty database and never in production (see src/demo.ts).
 */
import type { Role } from '../../http/env.ts'
import type { IdentityDeps } from './deps.ts'
import { normalizePassword } from './password-policy.ts'
import { createOfficer, createOrganization } from './officers.ts'
import { findAccountByLogin, insertAccount } from './repo.ts'
import { demoCompanies, demoPersons, demoSoleProprietors, fullName } from './registry/demo-seed.ts'
import type { OrganizationRow } from './tables.ts'
import { newId } from '../../lib/ids.ts'
import { makeIin } from './iin.ts'

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo-akimat-2026'

type Org = {
  id: string
  kind: OrganizationRow['kind']
  kk: string
  ru: string
  region: string | null
  prefix: string
}

/** Demo organisations; ids are stable so tests and the README can name them. */
export const demoOrganizations: readonly Org[] = [
  {
    id: 'org-aktobe-agriculture',
    kind: 'provider',
    region: 'aktobe',
    prefix: 'aktobe-agri',
    kk: 'Ақтөбе облысының ауыл шаруашылығы басқармасы',
    ru: 'Управление сельского хозяйства Актюбинской области',
  },
  {
    id: 'org-aktobe-construction',
    kind: 'provider',
    region: 'aktobe',
    prefix: 'aktobe-build',
    kk: 'Ақтөбе облысының мемлекеттік сәулет-құрылыс бақылау басқармасы',
    ru: 'Управление государственного архитектурно-строительного контроля Актюбинской области',
  },
  {
    id: 'org-east-kazakhstan-akimat',
    kind: 'provider',
    region: 'east-kazakhstan',
    prefix: 'vko',
    kk: 'Шығыс Қазақстан облысының жергілікті атқарушы органы',
    ru: 'Местный исполнительный орган Восточно-Казахстанской области',
  },
  {
    id: 'org-zhambyl-agriculture',
    kind: 'provider',
    region: 'zhambyl',
    prefix: 'zhambyl-agri',
    kk: 'Жамбыл облысы әкімдігінің ауыл шаруашылығы басқармасы',
    ru: 'Управление сельского хозяйства акимата Жамбылской области',
  },
  {
    id: 'org-almaty-agriculture',
    kind: 'provider',
    region: 'almaty',
    prefix: 'almaty-agri',
    kk: 'Алматы облысының ауыл шаруашылығы басқармасы',
    ru: 'Управление сельского хозяйства Алматинской области',
  },
  {
    id: 'org-aktobe-consumer-protection',
    kind: 'authority',
    region: 'aktobe',
    prefix: 'aktobe-kzpp',
    kk: 'Тұтынушылардың құқықтарын қорғау департаментінің Ақтөбе облысы бойынша аумақтық бөлімшесі',
    ru: 'Территориальное подразделение по защите прав потребителей по Актюбинской области',
  },
  {
    id: 'org-taraz-psc',
    kind: 'psc',
    region: 'zhambyl',
    prefix: 'taraz-con',
    kk: 'Тараз қаласының №1 халыққа қызмет көрсету орталығы',
    ru: 'Центр обслуживания населения №1 города Тараз',
  },
  {
    id: 'org-administration',
    kind: 'administration',
    region: null,
    prefix: 'admin',
    kk: 'Жүйе әкімшілігі',
    ru: 'Администрация системы',
  },
]

const PROVIDER_ROLES: readonly Role[] = [
  'office_specialist',
  'head',
  'deputy_head',
  'department_head',
  'executor',
  'quality_analyst',
]
const SHORT: Partial<Record<Role, string>> = {
  office_specialist: 'office',
  head: 'head',
  deputy_head: 'deputy',
  department_head: 'dept',
  executor: 'executor',
  quality_analyst: 'quality',
  authority_reviewer: 'reviewer',
  psc_operator: 'operator',
  administrator: 'admin',
}
const NAMES = [
  'Нұрлан Сейітов',
  'Айгүл Жақсыбекова',
  'Ерлан Қожахметов',
  'Динара Әбенова',
  'Бауыржан Төлегенов',
  'Сәуле Оразбаева',
  'Мирас Құдайбергенов',
  'Гүлмира Есенова',
  'Асқар Мұратов',
  'Жанар Сүлейменова',
  'Дәурен Ахметов',
  'Әсел Нұрғалиева',
  'Қайрат Бекмұханов',
  'Ләззат Исабекова',
  'Олжас Рахымов',
]

/** The demo officers' logins, e.g. `aktobe-agri.head`, `aktobe-kzpp.reviewer`, `admin.admin`. */
export function demoOfficers(): Array<
  { org: Org; role: Role; login: string; name: string; iin: string }
> {
  const out: Array<{ org: Org; role: Role; login: string; name: string; iin: string }> = []
  for (const org of demoOrganizations) {
    const roles: readonly Role[] = org.kind === 'provider'
      ? PROVIDER_ROLES
      : org.kind === 'authority'
      ? ['authority_reviewer', 'quality_analyst']
      : org.kind === 'psc'
      ? ['psc_operator']
      : ['administrator']
    for (const role of roles) {
      const name = NAMES[out.length % NAMES.length]!
      out.push({
        org,
        role,
        login: `${org.prefix}.${SHORT[role]}`,
        name,
        iin: officerIin(out.length, name),
      })
    }
  }
  return out
}

/**
 * A valid IIN for the n-th demo officer: born in 1985 (one day each), the sex of the name,
 * serials from 700 so none is a demo applicant's. Their demo certificates carry it.
 */
function officerIin(n: number, name: string): string {
  const day = new Date(Date.UTC(1985, 0, 1 + n)).toISOString().slice(0, 10)
  const sex = /(ова|ева|ина)$/.test(name) ? 'female' : 'male'
  return makeIin({ birthDate: day, sex, serial: 700 + n })
}

/** Demo applicants: their logins are IINs/BINs from the local registry's demo seed. */
export function demoApplicants() {
  const p = demoPersons
  return [
    {
      type: 'individual' as const,
      login: p.aliya.iin,
      kk: fullName(p.aliya),
      ru: fullName(p.aliya),
      address: p.aliya.address,
    },
    {
      type: 'individual' as const,
      login: p.olga.iin,
      kk: fullName(p.olga),
      ru: fullName(p.olga),
      address: p.olga.address,
    },
    {
      type: 'sole_proprietor' as const,
      login: demoSoleProprietors.asqarAgro.iin,
      kk: demoSoleProprietors.asqarAgro.name.kk,
      ru: demoSoleProprietors.asqarAgro.name.ru,
      address: demoSoleProprietors.asqarAgro.address,
    },
    ...([
      'aktobeAstyk',
      'zhambylAgrohim',
      'shygysElevator',
      'almatyMakta',
      'qurylysZhobalau',
    ] as const).map((k) => ({
      type: 'legal_entity' as const,
      login: demoCompanies[k].bin,
      kk: demoCompanies[k].name.kk,
      ru: demoCompanies[k].name.ru,
      address: demoCompanies[k].address,
    })),
  ]
}

/** Loads the demo organisations and accounts unless they exist; returns how many records it made. */
export async function loadIdentityDemo(deps: IdentityDeps): Promise<number> {
  if (await findAccountByLogin(deps.db.kysely, 'admin.admin')) return 0
  const meta = { ip: null, requestId: null, userAgent: null }
  const hash = await deps.hasher.hash(normalizePassword(DEMO_PASSWORD))
  for (const org of demoOrganizations) {
    await createOrganization(deps, null, {
      id: org.id,
      kind: org.kind,
      nameKk: org.kk,
      nameRu: org.ru,
      region: org.region,
    }, meta)
  }
  const officers = demoOfficers()
  for (const o of officers) {
    await createOfficer(
      deps,
      null,
      {
        login: o.login,
        displayName: o.name,
        organizationId: o.org.id,
        password: '',
        roles: [o.role],
        iin: o.iin,
      },
      meta,
      hash,
    )
  }
  const now = deps.clock.now().toISOString()
  for (const a of demoApplicants()) {
    await insertAccount(deps.db.kysely, {
      id: newId(),
      kind: 'applicant',
      login: a.login,
      display_name: a.kk,
      display_name_ru: a.ru === a.kk ? null : a.ru,
      applicant_type: a.type,
      iin: a.type === 'legal_entity' ? null : a.login,
      bin: a.type === 'legal_entity' ? a.login : null,
      organization_id: null,
      email: null,
      phone: '+7 701 000 00 00',
      address: JSON.stringify(a.address),
      password_hash: hash,
      password_changed_at: now,
      disabled_at: null,
      created_at: now,
    })
  }
  return demoOrganizations.length + officers.length + demoApplicants().length
}
