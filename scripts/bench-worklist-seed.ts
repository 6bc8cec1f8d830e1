/**
 * Bulk seeding for bench-worklist.ts: N review cases written with prepared statements in
 * transactions of 10 000, as `registerCase` and the engine would leave them (the same columns,
 * worklist keys and search words), without going through them one by one.
 */
import type SqliteDatabase from 'better-sqlite3'
import type { Db } from '../src/db/connect.ts'
import type { Clock } from '../src/lib/clock.ts'
import { getRegulationInForce, type Step } from '../src/modules/catalog/index.ts'
import { demoProviders } from '../src/modules/review/index.ts'
import { termsOf, wordsOf } from '../src/modules/review/search.ts'

const DAY = 86_400_000
const REGION: Record<string, string> = {
  aktobe: 'AKT',
  'east-kazakhstan': 'VKO',
  zhambyl: 'ZHM',
  almaty: 'ALM',
}
const STATUS_OF: Record<string, string> = {
  register: 'sent',
  inspection: 'inspection',
  test_schedule: 'testing_scheduled',
  test: 'testing_scheduled',
  approval: 'on_approval',
  sign: 'on_signature',
  issue: 'on_signature',
}
const ENDED = ['ready', 'ready', 'ready', 'refused', 'returned', 'deemed_issued']
/** Syllables of made-up company words: 36 × 36 gives 1 296 words, as varied as real names. */
const SYLLABLES = [
  'ақ',
  'жол',
  'бе',
  'ре',
  'ке',
  'ас',
  'тық',
  'да',
  'ла',
  'нұр',
  'ал',
  'тын',
  'же',
  'ті',
  'су',
  'сар',
  'ар',
  'қа',
  'та',
  'раз',
  'қай',
  'нар',
  'аг',
  'ро',
  'ді',
  'лет',
  'өр',
  'кен',
  'бір',
  'лік',
  'шұ',
  'ғы',
  'көк',
  'тем',
  'ы',
  'рыс',
]
const SURNAMES = [
  'Сейітов',
  'Жақсыбекова',
  'Қожахметов',
  'Әбенова',
  'Төлегенов',
  'Оразбаева',
  'Иванов',
  'Петрова',
  'Құдайбергенов',
  'Есенова',
  'Мұратов',
  'Сүлейменова',
  'Ахметов',
  'Ким',
  'Нұрғалиева',
  'Бекмұханов',
  'Исабекова',
  'Рахымов',
  'Омаров',
  'Смағұлова',
  'Жұмабаев',
  'Кузнецова',
]
const GIVEN = [
  'Айгүл',
  'Ерлан',
  'Динара',
  'Бауыржан',
  'Сәуле',
  'Мирас',
  'Гүлмира',
  'Асқар',
  'Жанар',
  'Дәурен',
]

function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An applicant: a company «Word Word» ЖШС/ТОО or a person, with a 12-digit number. */
function applicants(rnd: () => number, count: number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES)
    return w.charAt(0).toLocaleUpperCase('kk') + w.slice(1)
  }
  const out = []
  for (let i = 0; i < count; i++) {
    const number = String(100000000000 + Math.floor(rnd() * 899999999999))
    if (rnd() < 0.7) {
      const name = `${word()} ${word()}`
      out.push(withWords({ kk: `«${name}» ЖШС`, ru: `ТОО «${name}»`, number }))
    } else {
      const person = `${pick(SURNAMES)} ${pick(GIVEN)}`
      out.push(withWords({ kk: person, ru: person, number }))
    }
  }
  return out
}

/** The applicant's search words, computed once per applicant rather than once per case. */
function withWords(a: { kk: string; ru: string; number: string }) {
  return { ...a, words: wordsOf(`${a.kk} ${a.ru}`) }
}

/** Search words of a case, as `termsOf` gives them (the names' words cached). */
function caseTerms(number: string, who: { number: string; words: string[] }): string[] {
  return [...new Set([...termsOf({ number, idNumber: who.number, names: [] }), ...who.words])]
}

async function routes(db: Db, clock: Clock) {
  const out = []
  for (const [regulationId, organizationId] of Object.entries(demoProviders)) {
    const v = (await getRegulationInForce({ db, clock }, regulationId, clock.now()))!
    for (const sub of v.definition.subServices) {
      out.push({
        regulationId,
        organizationId,
        versionId: v.id,
        region: REGION[v.definition.region]!,
        sub: sub.kind,
        steps: sub.route.steps as Step[],
        name: {
          kk: `${v.definition.name.kk}: ${sub.name.kk}`,
          ru: `${v.definition.name.ru}: ${sub.name.ru}`,
        },
      })
    }
  }
  return out
}

async function officers(db: Db): Promise<Map<string, string>> {
  const rows = await db.kysely.selectFrom('identity_accounts as a')
    .innerJoin('identity_role_grants as g', 'g.account_id', 'a.id')
    .select(['a.id', 'a.organization_id', 'g.role']).execute()
  return new Map(rows.map((r) => [`${r.organization_id}:${r.role}`, r.id]))
}

/** Seeds `size` cases; returns one active Zhambyl case's number and applicant, to search for. */
export async function seedCases(
  raw: SqliteDatabase.Database,
  db: Db,
  clock: Clock,
  size: number,
): Promise<{ number: string; name: string }> {
  raw.pragma('journal_mode = WAL')
  raw.pragma('synchronous = OFF')
  raw.pragma('cache_size = -262144')
  const rnd = random(42)
  const all = await routes(db, clock)
  const staff = await officers(db)
  const people = applicants(rnd, 20_000)
  const now = clock.now().getTime()
  const sequences = new Map<string, number>()
  const insertCase = raw.prepare(
    `insert into review_cases values (${Array(43).fill('?').join(',')})`,
  )
  const insertTerm = raw.prepare('insert or ignore into review_case_terms values (?, ?, ?)')
  let sample = { number: '', name: '' }
  const write = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const route = all[Math.floor(rnd() * all.length)]!
      const who = people[Math.floor(rnd() * people.length)]!
      const active = rnd() < 0.08
      const submitted = active ? now - rnd() * 20 * DAY : now - 30 * DAY - rnd() * 1000 * DAY
      const year = new Date(submitted).getUTCFullYear()
      const key = `${route.region}-${year}`
      const seq = (sequences.get(key) ?? 0) + 1
      sequences.set(key, seq)
      const number = `${key}-${String(seq).padStart(6, '0')}`
      const step = active ? route.steps[Math.floor(rnd() * route.steps.length)]! : null
      const started = submitted + rnd() * 3 * DAY
      const stepDue = step?.norm ? started + (1 + Math.floor(rnd() * 5)) * DAY : null
      const due = submitted + 21 * DAY
      const assignee = step && ['executor', 'deputy_head', 'department_head'].includes(step.role)
        ? staff.get(`${route.organizationId}:${step.role}`) ?? null
        : null
      const status = step
        ? STATUS_OF[step.kind] ?? 'under_review'
        : ENDED[Math.floor(rnd() * ENDED.length)]!
      const terms = caseTerms(number, who)
      // Ids in the app's shape (32 hex digits); random ones are not needed to measure reads.
      const id = (i + 1).toString(16).padStart(32, '0')
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
      insertCase.run(
        id,
        number,
        route.organizationId,
        route.regulationId,
        route.versionId,
        route.sub,
        null,
        'kk',
        'portal',
        null,
        who.kk,
        who.ru,
        who.number,
        route.name.kk,
        route.name.ru,
        ` ${terms.join(' ')} `,
        JSON.stringify({ id, number, applicant: { name: who } }),
        active ? 'active' : 'ended',
        status,
        active ? null : status,
        step?.id ?? null,
        step?.role ?? null,
        step?.kind ?? null,
        iso(started),
        iso(stepDue),
        '{}',
        assignee,
        step ? (assignee ? `a:${assignee}` : `r:${route.organizationId}:${step.role}`) : null,
        null,
        null,
        iso(submitted),
        iso(due),
        iso(stepDue ?? due),
        null,
        null,
        null,
        'none',
        'none',
        null,
        active ? null : iso(due - DAY),
        iso(submitted),
        iso(started),
        1,
      )
      for (const term of terms) insertTerm.run(route.organizationId, term, id)
      if (active && route.organizationId === 'org-zhambyl-agriculture' && who.kk !== who.ru) {
        sample = { number, name: who.ru }
      }
    }
  })
  for (let from = 0; from < size; from += 10_000) write(from, Math.min(size, from + 10_000))
  return sample
}
