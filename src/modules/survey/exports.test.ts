import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { createI18n } from '../../i18n.ts'
import { BOM, type CsvCell, toCsv } from '../../lib/csv.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { getRegulationInForce } from '../catalog/index.ts'
import { answerRow } from './answers.ts'
import { answerRows, indicatorRows } from './exports.ts'
import { insertAnswer } from './repo.ts'
import { buildIndicators } from './report.ts'
import { answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

const t = createI18n().translator('kk')

async function collect(rows: AsyncIterable<CsvCell[]>): Promise<CsvCell[][]> {
  const out: CsvCell[][] = []
  for await (const row of rows) out.push(row)
  return out
}

describe.each(dialects)('$name: the CSV exports', ({ name }) => {
  let db: Db
  let deps: TestDeps
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
  })
  afterEach(() => db.close())

  async function store(comment: string, day = '2026-03-01') {
    const version = (await getRegulationInForce(deps, 'almaty-cotton-license', deps.clock.now()))!
    await insertAnswer(
      db.kysely,
      answerRow(
        {
          source: 'link',
          regulationId: 'almaty-cotton-license',
          regulationVersionId: version.id,
          wording: 'almaty-2013',
          basis: 'regulation',
          providerId: 'org-almaty-agriculture',
          region: 'almaty',
          channel: 'portal',
          lang: 'kk',
        },
        answers(3, 1, comment),
        day,
        false,
      ),
    )
    return version
  }

  it('answerRows() names everything in the language, and the CSV escapes formulas', async () => {
    const version = await store('=HYPERLINK("http://evil","қызмет")')
    await store('@SUM(A1)')
    await store('<b>жақсы</b>, "өте"')
    const rows = await collect(answerRows(deps, { from: '2026-01-01', to: '2026-03-02' }, {
      t,
      lang: 'kk',
      versions: new Map([[version.id, version]]),
      providers: new Map([[
        'org-almaty-agriculture',
        'Алматы облысының ауыл шаруашылығы басқармасы',
      ]]),
    }))
    expect(rows).toHaveLength(4)
    expect(rows[1]!.slice(0, 4)).toEqual([
      '2026-03-01',
      t('survey:sources.link'),
      'S2',
      version.definition.name.kk,
    ])
    expect(rows[1]!.slice(10, 14)).toEqual([3, 'қанағаттанамын', 1, 'қанағаттанбаймын'])
    const csv = toCsv(rows)
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""қызмет"")"`)
    expect(csv).toContain(`'@SUM(A1)`)
    expect(csv).toContain(`"<b>жақсы</b>, ""өте"""`)
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })

  it('answerRows() pages through more answers than one page, in date order, none twice', async () => {
    for (let i = 0; i < 2100; i++) await store(`№${i}`, i % 2 ? '2026-02-01' : '2026-03-01')
    const rows = await collect(answerRows(deps, { from: '2026-01-01', to: '2026-03-02' }, {
      t,
      lang: 'kk',
      versions: new Map(),
      providers: new Map(),
    }))
    expect(rows).toHaveLength(2101)
    expect(new Set(rows.slice(1).map((r) => r[14])).size).toBe(2100)
    const days = rows.slice(1).map((r) => String(r[0]))
    expect(days).toEqual([...days].sort())
  })

  it('indicatorRows() writes shares and intervals as numbers, a row per answer and month', async () => {
    await store('')
    const data = await buildIndicators(deps, { from: '2026-02-01', to: '2026-03-02' })
    const rows = [...indicatorRows(data, t, 'kk')]
    expect(rows[0]).toHaveLength(8)
    const satisfied = rows.find((r) =>
      r[0] === t('survey:csv.sections.survey') &&
      String(r[1]).endsWith(t('survey:indicators.answers.satisfied'))
    )!
    expect(satisfied.slice(3, 6)).toEqual([1, 1, 1])
    expect(satisfied[6]).toBeCloseTo(0.2065, 4)
    expect(satisfied[7]).toBe(1)
    expect(rows.filter((r) => r[0] === t('survey:csv.sections.trend'))).toHaveLength(12)
  })

  it('indicatorRows() writes the workflow timeliness for the period and for each month', async () => {
    const zero = { onTime: 0, late: 0 }
    const data = await buildIndicators({
      ...deps,
      workflow: () =>
        Promise.resolve({
          decided: { onTime: 3, late: 1 },
          decidedByMonth: [
            { month: '2026-02', counts: zero },
            { month: '2026-03', counts: { onTime: 3, late: 1 } },
          ],
          steps: [],
          refusals: [],
          authorities: [],
        }),
    }, { from: '2026-02-01', to: '2026-03-02' })
    const decided = [...indicatorRows(data, t, 'ru')]
      .filter((r) => r[0] === t('survey:csv.sections.decided'))
    expect(decided.map((r) => r.slice(2, 6))).toEqual([
      ['', 4, 3, 0.75],
      ['2026-02', 0, 0, null],
      ['2026-03', 4, 3, 0.75],
    ])
  })
})
