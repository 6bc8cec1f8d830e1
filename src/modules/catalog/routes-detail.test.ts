import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { h1s, parse } from '../../../test/helpers/html.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { zhambylVeterinaryLicense } from './data/zhambyl-veterinary-license.ts'
import { syncCatalog } from './sync.ts'
import { copyOf } from './test-deps.ts'
import { addRegulationVersion } from './versions.ts'

describe.each(dialects)(
  '$name: a service page (the handbook of business processes)',
  ({ name }) => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp({ dialect: name })
      await syncCatalog({ db: t.db, clock: t.clock })
    })
    afterAll(() => t.close())

    async function show(path: string) {
      const res = await t.client().get(path)
      expect(res.status, path).toBe(200)
      const doc = parse(res.text)
      return { doc, text: textIn(doc.querySelector('main')), steps: stepsOf(doc) }
    }
    function stepsOf(doc: Document) {
      return [...doc.querySelectorAll('ol.steps')].map((ol) =>
        [...ol.querySelectorAll(':scope > li')].map(textIn)
      )
    }

    it('shows the S1-A routes in Kazakh: actor — action — norm → result, with the seed lines', async () => {
      const { doc, text, steps } = await show('/kk/services/aktobe-grain-license')
      expect(h1s(doc)).toEqual([aktobeGrainLicense.name.kk])
      expect(steps.map((s) => s.length)).toEqual([7, 5, 5])
      expect(steps[0]![0]).toMatch(/^Кеңсе маманы — .+ — 30 минут → .+\[000 L89-94\]$/)
      expect(steps[0]![1]).toMatch(/^Басшы — .+ — 1 жұмыс күні → /)
      expect(steps[0]![3]).toMatch(/^Мүдделі органның маманы — .+ — 5 жұмыс күні → /)
      expect(steps[0]![5]).toContain('1 күнтізбелік күн')
      expect(steps[2]![1]).toContain('4 сағат')
      expect(text).toContain('Регламентте көрсетілмеген')
      expect(text).toContain('1414')
      expect(text).toContain('27.05.2014')
      expect(text).toContain(aktobeGrainLicense.repealNote.text.kk)
      expect(text).toContain(aktobeGrainLicense.provider.name.kk)
    })

    it('shows the S1-A routes in Russian with plural forms of the norms', async () => {
      const { steps, text } = await show('/ru/services/aktobe-grain-license')
      expect(steps[0]![0]).toMatch(/^Специалист канцелярии — .+ — 30 минут → /)
      expect(steps[0]![1]).toContain('— 1 рабочий день →')
      expect(steps[0]![2]).toContain('— 2 рабочих дня →')
      expect(steps[0]![3]).toContain('— 5 рабочих дней →')
      expect(steps[2]![1]).toContain('— 4 часа →')
      expect(text).toContain('≈ 10 рабочих дней + 1 час (сумма сроков процедур)')
    })

    it('shows S11 fees in MCI and tenge for the Almaty year, documents per applicant type and channel', async () => {
      const { doc, text, steps } = await show('/ru/services/zhambyl-veterinary-license')
      expect(text).toContain('10 МРП – 43 250 ₸ в 2026 году')
      expect(text).toContain('Если результат не выдан в срок, лицензия считается выданной')
      const groups = [...doc.querySelectorAll('#sub-issue ~ h4, section h4')].map((h) =>
        h.textContent
      )
      expect(groups).toContain(
        'Канцелярия услугодателя, центр обслуживания населения — юридическое лицо',
      )
      expect(groups).toContain('Портал «электронного правительства» — все услугополучатели')
      expect(steps[0]![1]).toContain('в регламенте не описан')
      expect(steps[0]![1]).toContain('норма времени не указана')
      expect(text).toContain(zhambylVeterinaryLicense.refusalGrounds.items[0]!.text.ru)
      expect(text).toContain('Подвид: Производство препаратов ветеринарного назначения')
      const apply = [...doc.querySelectorAll('a.button')].map((a) => a.getAttribute('href'))
      expect(apply).toEqual(
        ['issue', 'reissue', 'duplicate'].map((k) =>
          `/ru/applications/new?service=zhambyl-veterinary-license&kind=${k}`
        ),
      )
    })

    it('prices the fee with the MCI of the current Asia/Almaty year', async () => {
      try {
        t.clock.set('2025-12-31T18:59:00Z') // 23:59 on 31 December 2025 in Almaty
        expect((await show('/kk/services/zhambyl-veterinary-license')).text).toContain(
          '10 АЕК – 2025 жылы 39 320 ₸',
        )
        t.clock.set('2026-12-31T19:00:00Z') // already 2027 in Almaty; no MCI set for 2027
        expect((await show('/ru/services/zhambyl-veterinary-license')).text).toContain(
          '10 МРП (значение МРП на 2027 год ещё не установлено)',
        )
      } finally {
        t.clock.set('2026-03-02T05:00:00Z')
      }
    })

    it('shows the version in force; ?version=N shows an older one, without Apply', async () => {
      const definition = copyOf(aktobeGrainLicense)
      definition.name.ru = 'Новая редакция'
      const added = await addRegulationVersion({ db: t.db, clock: t.clock }, {
        regulationId: 'aktobe-grain-license',
        effectiveFrom: '2026-03-01',
        definition,
        actorId: 'admin',
      })
      expect(added.ok).toBe(true)
      const current = await show('/ru/services/aktobe-grain-license')
      expect(h1s(current.doc)).toEqual(['Новая редакция'])
      expect(current.text).toContain('Версия 2 регламента, применяется с 01.03.2026')
      expect(current.doc.querySelectorAll('a.button')).toHaveLength(3)
      const old = await show('/ru/services/aktobe-grain-license?version=1')
      expect(h1s(old.doc)).toEqual([aktobeGrainLicense.name.ru])
      expect(old.text).toContain('Это не действующая сегодня версия регламента')
      expect(old.doc.querySelector('a[href="/ru/services/aktobe-grain-license"]')).not.toBeNull()
      expect(old.doc.querySelectorAll('a.button')).toHaveLength(0)
      expect(t.missingTranslations).toEqual([])
    })
  },
)

function textIn(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim()
}
