/**
 * Every result document, in Kazakh and Russian, issued from a signed decision (and a license
 * deemed issued), read back from its PDF with pdf.js and from its HTML twin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/lib/clock.ts'
import { sha256Hex } from '../../src/lib/ids.ts'
import { syncCatalog } from '../../src/modules/catalog/index.ts'
import { PAGE } from '../../src/modules/documents/pdf-flow.ts'
import { readPdf, squash } from '../../src/modules/documents/pdf-text.fixture.ts'
import { CaseFixture, type CaseInput } from '../../src/modules/issuance/cases.fixture.ts'
import {
  documentHtml,
  documentPdf,
  issueDeemed,
  issueSignedDecision,
} from '../../src/modules/issuance/index.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import type { Db } from '../../src/db/connect.ts'
import { dialects, testDb } from '../helpers/db.ts'

const fonts = await loadDocumentFonts()
const KAZAKH = [...'ӘҒҚҢӨҰҮҺІ']
const HOLDER = {
  kk: '«Ұлытау-Үміт Шаһар Өнім Ғасыр» жауапкершілігі шектеулі серіктестігі',
  ru: 'Товарищество с ограниченной ответственностью «Ұлытау-Үміт Шаһар Өнім Ғасыр»',
}

/** Each kind of result and the case that produces it. */
const KINDS: Array<{ kind: string; input: CaseInput; licensed: boolean }> = [
  { kind: 'license', input: { regulationId: 'aktobe-grain-license' }, licensed: true },
  {
    kind: 'reissued_license',
    input: { regulationId: 'aktobe-grain-license', subService: 'reissue' },
    licensed: true,
  },
  {
    kind: 'duplicate',
    input: { regulationId: 'aktobe-grain-license', subService: 'duplicate' },
    licensed: true,
  },
  {
    kind: 'attestation',
    input: {
      regulationId: 'aktobe-expert-attestation',
      organizationId: 'org-aktobe-construction',
      applicant: { type: 'individual', iin: '880314400124', bin: null, name: HOLDER },
    },
    licensed: true,
  },
  {
    kind: 'accreditation',
    input: {
      regulationId: 'aktobe-project-management-accreditation',
      organizationId: 'org-aktobe-construction',
    },
    licensed: true,
  },
  {
    kind: 'refusal',
    input: {
      regulationId: 'zhambyl-veterinary-license',
      organizationId: 'org-zhambyl-agriculture',
      decision: 'refuse',
      decisionData: {
        refusal: {
          grounds: [{
            id: 'qualification',
            text: {
              kk: 'көрсетілетін қызметті алушының біліктілік талаптарына сәйкес келмеуі',
              ru: 'несоответствие услугополучателя квалификационным требованиям',
            },
          }],
          groundOther: null,
          reason: 'Өндірістік үй-жайға құқық беретін құжат ұсынылмаған',
        },
      },
    },
    licensed: false,
  },
  {
    kind: 'return',
    input: {
      regulationId: 'aktobe-design-license',
      organizationId: 'org-aktobe-construction',
      decision: 'return',
      decisionData: {
        return: {
          missingDocuments: [{
            id: 'charter',
            name: { kk: 'Жарғының көшірмесі', ru: 'Копия устава' },
          }],
          missingOther: null,
          reason: 'Құжаттар толық емес',
        },
      },
    },
    licensed: false,
  },
]

describe.each(dialects)('$name: result documents', ({ name }) => {
  let db: Db
  let fx: CaseFixture
  let license: string
  beforeAll(async () => {
    db = await testDb(name)
    const clock = fixedClock('2026-03-02T05:00:00Z')
    await syncCatalog({ db, clock })
    fx = await CaseFixture.create(db, clock, fonts)
    const first = await fx.addCase({ regulationId: 'aktobe-grain-license' })
    license = (await issueSignedDecision(fx.deps(), await fx.signDecision(first))).number
  })
  afterAll(() => db.close())

  for (const { kind, input, licensed } of KINDS) {
    it(`issueSignedDecision() issues the ${kind} document, whose PDF and page say it in kk and ru`, async () => {
      const id = await fx.addCase({
        applicant: { name: HOLDER },
        ...input,
        particulars: { licenseNumber: license },
      })
      const doc = await issueSignedDecision(fx.deps(), await fx.signDecision(id))
      expect(doc.kind).toBe(kind)
      expect(doc.number).toMatch(
        licensed && kind !== 'duplicate'
          ? /^AKT-(LIC|ATT|ACC)-2026-\d{7}$/
          : kind === 'duplicate'
          ? new RegExp(`^${license}$`)
          : /^(AKT|ZHM)-REF-2026-\d{7}$/,
      )
      for (const lang of ['kk', 'ru'] as const) {
        const read = await readPdf(await documentPdf(fx.deps(), doc, lang))
        const name = input.applicant?.name?.[lang] ?? HOLDER[lang]
        expect(read.body).toContain(squash(doc.number))
        expect(read.body).toContain(squash(name))
        const html = documentHtml(fx.deps(), doc, lang)
        expect(html.meta.map((m) => m.value)).toContain(doc.number)
        expect(Boolean(html.qr)).toBe(licensed)
        if (lang === 'kk') {
          const text = read.body.toLocaleUpperCase('kk')
          for (const letter of KAZAKH) expect(text, `letter ${letter}`).toContain(letter)
        }
      }
    })
  }

  it('documentPdf() shows the activity sub-types and objects the application names', async () => {
    const id = await fx.addCase({
      regulationId: 'zhambyl-veterinary-license',
      organizationId: 'org-zhambyl-agriculture',
      particulars: {
        activitySubtypes: ['veterinary-preparations-production', 'unknown-subtype'],
        objects: [{ name: '«Шаһар» дәріханасы', address: 'Тараз қ., Абай даңғылы, 125' }],
      },
    })
    const doc = await issueSignedDecision(fx.deps(), await fx.signDecision(id))
    const ru = await readPdf(await documentPdf(fx.deps(), doc, 'ru'))
    expect(ru.body).toContain(squash('Деятельность в сфере ветеринарии'))
    expect(ru.body).toContain(squash('Тараз қ., Абай даңғылы, 125'))
    expect(ru.body).toMatch(/Подвиды.*производств/i)
    expect(ru.body).not.toContain('unknown-subtype')
  })

  it('documents with hostile holder names keep their text inside the page, in both languages', async () => {
    const names = [
      'Ә'.repeat(1500) + ' ' + 'Ұлытау '.repeat(300),
      '\u202EЖШС\u202C «Ақ\u200Fжол» "Дала" \'Өріс\' <b>&amp;</b> \u2067ابن\u2069',
      'Дәулет 🦄 漢 \u0000\uD800 и\u0306',
    ]
    for (const name of names) {
      const id = await fx.addCase({
        regulationId: 'aktobe-grain-license',
        applicant: { name: { kk: name, ru: name } },
      })
      const doc = await issueSignedDecision(fx.deps(), await fx.signDecision(id))
      for (const lang of ['kk', 'ru'] as const) {
        const read = await readPdf(await documentPdf(fx.deps(), doc, lang))
        expect(read.body).toContain(squash(doc.number))
        expect(read.text).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
        for (const run of read.runs.filter((r) => !r.rotated)) {
          expect(run.x).toBeGreaterThanOrEqual(PAGE.left - 0.01)
          expect(run.x + run.width).toBeLessThanOrEqual(PAGE.right + 0.5)
        }
        expect(documentHtml(fx.deps(), doc, lang).title).toBeTruthy()
      }
    }
  })

  it('documentPdf() regenerates a byte-identical PDF from the stored record', async () => {
    const id = await fx.addCase({ regulationId: 'aktobe-grain-license' })
    const doc = await issueSignedDecision(fx.deps(), await fx.signDecision(id))
    expect(await sha256Hex(doc.data)).toBe(doc.data_hash)
    const a = await documentPdf(fx.deps(), doc, 'kk')
    const b = await documentPdf(fx.deps(), { data: doc.data }, 'kk')
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('issueDeemed() records a license deemed issued, with that basis on the document', async () => {
    const id = await fx.addCase({
      regulationId: 'zhambyl-grain-license',
      organizationId: 'org-zhambyl-agriculture',
      stepKind: null,
    })
    const doc = await issueDeemed(fx.deps(), {
      caseId: id,
      number: 'ZHM-2026-000001',
      dueAt: '2026-03-01T13:00:00Z',
      endedAt: '2026-03-02T05:00:00Z',
      source: '004 L4049-4051',
    })
    expect(doc.number).toMatch(/^ZHM-LIC-2026-\d{7}$/)
    expect(doc.basis).toBe('deemed')
    const kk = await readPdf(await documentPdf(fx.deps(), doc, 'kk'))
    const ru = await readPdf(await documentPdf(fx.deps(), doc, 'ru'))
    expect(kk.text).toContain('Берілген деп есептеледі')
    expect(ru.body).toContain(squash('лицензия считается выданной с 1 марта 2026 года'))
    expect(ru.body).not.toContain(squash('Подписано ЭЦП'))
  })
})
