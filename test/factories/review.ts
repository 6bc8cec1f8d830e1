/**
 * Review factories: a test application with the catalog, the calendar and the demo
 * organisations loaded; submitted applications for any regulation; signed-in officers by
 * organisation and role; the actor objects the services take.
 */
import { syncCatalog } from '../../src/modules/catalog/index.ts'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { demoOfficers } from '../../src/modules/identity/index.ts'
import {
  type Actor,
  type ApplicationInput,
  registerCase,
  type ReviewDeps,
} from '../../src/modules/review/index.ts'
import { syncCalendar } from '../../src/modules/sla/index.ts'
import { createTestApp, type TestApp, type TestClient } from '../helpers/app.ts'

/** The application with catalog, calendar, demo organisations, officers and provider mapping. */
export async function reviewApp(
  dialect: 'sqlite' | 'postgres',
  options: { now?: string } = {},
): Promise<TestApp> {
  const t = await createTestApp({ dialect, demo: true, ...options })
  await syncCatalog({ db: t.db, clock: t.clock })
  await syncCalendar({ db: t.db, clock: t.clock })
  return t
}

/** The review services' dependencies over the test app's database and clock. */
export function reviewDeps(t: TestApp, extra: Partial<ReviewDeps> = {}): ReviewDeps {
  return { db: t.db, clock: t.clock, ...extra }
}

const REGION_CODES: Record<string, string> = {
  aktobe: 'AKT',
  'east-kazakhstan': 'VKO',
  zhambyl: 'ZHM',
  almaty: 'ALM',
}
let sequence = 0

/** A submitted application of a regulation's sub-service, as intake would hand it over. */
export async function submittedApplication(
  t: TestApp,
  regulationId: string,
  subService: string,
  overrides: Partial<ApplicationInput> = {},
): Promise<ApplicationInput> {
  const version = await getRegulationInForce(
    { db: t.db, clock: t.clock },
    regulationId,
    t.clock.now(),
  )
  if (!version) throw new Error(`no version of ${regulationId} in force`)
  sequence += 1
  const code = REGION_CODES[version.definition.region] ?? 'XXX'
  return {
    id: crypto.randomUUID().replaceAll('-', ''),
    number: `${code}-2026-${String(sequence).padStart(6, '0')}`,
    regulationId,
    regulationVersionId: version.id,
    subService,
    channel: 'portal',
    lang: 'kk',
    applicant: {
      accountId: null,
      type: 'legal_entity',
      iin: null,
      bin: '050140000656',
      name: { kk: '«Ақтөбе Астық» ЖШС', ru: 'ТОО «Актобе Астык»' },
      address: { kk: 'Ақтөбе қ., Абай даңғылы, 12', ru: 'г. Актобе, проспект Абая, 12' },
      phone: '+7 701 000 00 00',
      email: null,
    },
    representative: null,
    particulars: {},
    qualificationAnswers: { confirmed: [] },
    documents: [],
    submittedAt: t.clock.now().toISOString(),
    ...overrides,
  }
}

/** Registers a new case; returns its id. */
export async function openCase(
  t: TestApp,
  regulationId: string,
  subService: string,
  overrides: Partial<ApplicationInput> = {},
): Promise<string> {
  const application = await submittedApplication(t, regulationId, subService, overrides)
  return (await registerCase(reviewDeps(t), application, t.clock.now())).caseId
}

/** The demo officer of an organisation with a role. */
export function demoOfficer(organizationId: string, role: string) {
  const o = demoOfficers().find((x) => x.org.id === organizationId && x.role === role)
  if (!o) throw new Error(`no demo ${role} in ${organizationId}`)
  return o
}

/** The account id of a demo officer. */
export async function officerId(t: TestApp, login: string): Promise<string> {
  const row = await t.db.kysely.selectFrom('identity_accounts').select('id')
    .where('login', '=', login).executeTakeFirstOrThrow()
  return row.id
}

/** A demo officer as the services' actor. */
export async function actorFor(t: TestApp, organizationId: string, role: string): Promise<Actor> {
  const o = demoOfficer(organizationId, role)
  return {
    accountId: await officerId(t, o.login),
    roles: new Set([role]),
    organizationId,
    name: { kk: o.name, ru: o.name },
  }
}

/**
 * Signed-in clients, one per officer login. A client idle for more than 20 minutes of the
 * test clock signs in again, as the session would have expired (30 minutes).
 */
export function officerClients(
  t: TestApp,
): (organizationId: string, role: string) => Promise<TestClient> {
  const clients = new Map<string, { client: TestClient; used: number }>()
  return async (organizationId, role) => {
    const login = demoOfficer(organizationId, role).login
    const now = t.clock.now().getTime()
    let entry = clients.get(login)
    if (!entry || now - entry.used > 20 * 60_000) {
      const client = t.client()
      await client.signIn(login)
      entry = { client, used: now }
    }
    clients.set(login, { ...entry, used: now })
    return entry.client
  }
}
