/**
 * Every sub-service of the grain license (Aktobe, East Kazakhstan, Zhambyl), the design
 * license and the veterinary license, through the portal and at the counter (where the
 * regulation offers it), per dialect: each ends with one registration number of its region and
 * a receipt; a repeated send changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubServiceKind } from '../../src/modules/catalog/index.ts'
import {
  demoCompanies,
  demoPersons,
  demoSoleProprietors,
} from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { applyAll, type FlowInput } from '../factories/intake.ts'

type Case = [string, SubServiceKind, string, Omit<FlowInput, 'service' | 'kind'>]

const aliya = { applicantType: 'individual', applicant: demoPersons.aliya.iin } as const
const asqar = {
  applicantType: 'sole_proprietor',
  applicant: demoSoleProprietors.asqarAgro.iin,
} as const
const agrohim = {
  applicantType: 'legal_entity',
  applicant: demoCompanies.zhambylAgrohim.bin,
} as const
const elevator = {
  applicantType: 'legal_entity',
  applicant: demoCompanies.shygysElevator.bin,
} as const
const design = {
  applicantType: 'legal_entity',
  applicant: demoCompanies.qurylysZhobalau.bin,
} as const
const ergali = { applicantType: 'individual', applicant: demoPersons.ergali.iin } as const

const cases: Case[] = []
for (const kind of ['issue', 'reissue', 'duplicate'] as const) {
  cases.push(['aktobe-grain-license', kind, 'AKT', aliya])
  cases.push(['aktobe-grain-license', kind, 'AKT', { ...aliya, officer: 'aktobe-agri.office' }])
  cases.push(['east-kazakhstan-grain-license', kind, 'VKO', elevator])
  cases.push(['east-kazakhstan-grain-license', kind, 'VKO', { ...elevator, officer: 'vko.office' }])
  cases.push(['zhambyl-grain-license', kind, 'ZHM', asqar])
  cases.push(['zhambyl-grain-license', kind, 'ZHM', { ...ergali, officer: 'zhambyl-agri.office' }])
  cases.push(['zhambyl-veterinary-license', kind, 'ZHM', agrohim])
  cases.push(['zhambyl-veterinary-license', kind, 'ZHM', {
    ...agrohim,
    officer: 'zhambyl-agri.office',
  }])
}
cases.push(['zhambyl-grain-license', 'issue', 'ZHM', { ...ergali, officer: 'taraz-con.operator' }])
cases.push(['aktobe-design-license', 'issue', 'AKT', design])
cases.push(['aktobe-design-license', 'reissue', 'AKT', design])

describe.each(dialects)('$name: intake of each sub-service through each channel', ({ name }) => {
  let t: TestApp
  const numbers: string[] = []
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterAll(() => t.close())

  it.each(cases)('%s %s (%s) %j', async (service, kind, region, who) => {
    const done = await applyAll(t, { service, kind, ...who })
    expect(done.number).toMatch(new RegExp(`^${region}-2026-\\d{6}$`))
    numbers.push(done.number)
    const row = await t.db.kysely.selectFrom('intake_applications')
      .select(['channel', 'sub_service', 'regulation_version_id', 'entered_by'])
      .where('number', '=', done.number).executeTakeFirstOrThrow()
    const channel = !who.officer ? 'portal' : who.officer.includes('operator') ? 'psc' : 'office'
    expect(row.channel).toBe(channel)
    expect(row.sub_service).toBe(kind)
    expect(row.regulation_version_id).not.toBeNull()
    expect(row.entered_by === null).toBe(!who.officer)
    // The portal's receipt names the system and the cabinet; the counter's, the officer.
    if (who.officer) expect(done.html).not.toContain('(электрондық өтініш)')
    else expect(done.html).toContain('Порталдағы жеке кабинет')
  })

  it('gave every application its own number, in sequence per region', () => {
    expect(new Set(numbers).size).toBe(cases.length)
    const akt = numbers.filter((n) => n.startsWith('AKT')).sort()
    expect(akt[0]).toBe('AKT-2026-000001')
    expect(akt.at(-1)).toBe(`AKT-2026-${String(akt.length).padStart(6, '0')}`)
    expect(t.missingTranslations).toEqual([])
  })

  it('does not offer the design license at an office counter: the regulation names only the portal', async () => {
    const c = t.client()
    await c.signIn('aktobe-build.office')
    const page = await c.get('/kk/office/applications/new')
    expect(page.text).not.toContain('value="aktobe-design-license"')
    expect(page.text).toContain('Сіздің ұйымыңыз бұл арна арқылы қабылдайтын қызметтер жоқ')
    const res = await c.post('/kk/office/applications', {
      startKey: 'k'.repeat(24),
      service: 'aktobe-design-license',
      kind: 'issue',
      applicantType: 'legal_entity',
      iinOrBin: design.applicant,
    })
    expect(res.status).toBe(422)
    expect(res.text).toContain('href="#service"')
  })
})
