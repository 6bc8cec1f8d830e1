/**
 * Every route of every regulation in the catalog, over HTTP with the real forms: each path
 * from registration to "ready for signature" (or to the executor's issue step where the route
 * has no signature), and each refusal branch to the signature of the refusal or to its end.
 * Paths are enumerated from the catalog, so a new route is walked without a new test. The
 * interested authority answers through `completeStep` (as the approval module will), and an
 * intermediate signature (the attestation test schedule) is given with the demo CA.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Regulation, Step, SubService } from '../../src/modules/catalog/index.ts'
import { seedRegulations } from '../../src/modules/catalog/seeds.ts'
import { completeStep, demoProviders, getCase } from '../../src/modules/review/index.ts'
import { offeredOutcomes, signsDecision } from '../../src/modules/review/route.ts'
import { localDate } from '../../src/modules/sla/index.ts'
import { DEMO_PASSWORD } from '../../src/modules/identity/index.ts'
import { dialects } from '../helpers/db.ts'
import { type TestApp, type TestClient, textOf } from '../helpers/app.ts'
import { fieldValue, parse } from '../helpers/html.ts'
import { actorFor, officerClients, openCase, reviewApp, reviewDeps } from '../factories/review.ts'

type Decision = 'grant' | 'refuse' | 'return' | null
/** One walk: the outcome chosen at each step, and where it must stop. */
interface Walk {
  readonly choices: ReadonlyArray<{ stepId: string; outcome: string }>
  readonly end: { stepId: string; decision: Decision; status: string }
}

const regulations = seedRegulations as Regulation[]
const AUTHORITY = 'org-aktobe-consumer-protection'

/** A sign step is the decision's when signing it leads to issuing or to the end. */
function finalSign(sub: SubService, step: Step): boolean {
  const to = step.outcomes[0]!.to
  return to === 'end' || sub.route.steps.find((s) => s.id === to)?.kind === 'issue'
}

/** Every walk of a route, from the catalog alone. */
function walks(sub: SubService): Walk[] {
  const out: Walk[] = []
  const visit = (stepId: string, decision: Decision, choices: Walk['choices']) => {
    const step = sub.route.steps.find((s) => s.id === stepId)!
    if (step.kind === 'sign' && finalSign(sub, step)) {
      out.push({ choices, end: { stepId, decision, status: 'on_signature' } })
      return
    }
    let outcomes = offeredOutcomes(step, decision)
    if (step.kind === 'issue') {
      out.push({ choices, end: { stepId, decision, status: 'on_signature' } })
      outcomes = outcomes.filter((o) => o.to !== 'end')
    }
    for (const o of outcomes) {
      const next = [...choices, { stepId, outcome: o.id }]
      const d = (o.decision ?? decision) as Decision
      if (o.to === 'end') {
        out.push({ choices: next, end: { stepId: 'end', decision: d, status: 'refused' } })
      } else visit(o.to, d, next)
    }
  }
  visit(sub.route.steps[0]!.id, null, [])
  return out
}

describe.each(dialects)('$name: every route of the catalog', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await reviewApp(name)
  })
  afterAll(() => t.close())

  for (const regulation of regulations) {
    for (const sub of regulation.subServices) {
      const all = walks(sub)
      it(
        `${regulation.id} ${sub.kind}: ${all.length} walks reach their signature or end`,
        async () => {
          expect(all.some((w) => w.end.decision !== 'refuse' && w.end.decision !== 'return')).toBe(
            true,
          )
          for (const walk of all) await run(regulation, sub, walk)
        },
        120_000,
      )
    }
  }

  it(
    'signing the final decision with EDS ends the case and records the hand-off to issuance',
    async () => {
      const regulation = regulations.find((r) =>
        r.id === 'aktobe-project-management-accreditation'
      )!
      const sub = regulation.subServices[0]!
      const grant = walks(sub).find((w) => w.end.decision === 'grant')!
      const id = await run(regulation, sub, grant)
      const org = demoProviders[regulation.id]!
      const as = officerClients(t)
      await sign(await as(org, 'head'), id)
      const c = (await getCase(reviewDeps(t), id))!
      expect([c.state, c.status, c.signedAt !== null]).toEqual(['ended', 'ready', true])
      const handoffs = await t.db.kysely.selectFrom('review_handoffs').selectAll().where(
        'case_id',
        '=',
        id,
      ).execute()
      expect(handoffs.map((h) => h.kind)).toEqual(['decision_signed'])
      const payload = JSON.parse(handoffs[0]!.payload)
      const request = await t.db.kysely.selectFrom('review_sign_requests').selectAll().where(
        'case_id',
        '=',
        id,
      )
        .executeTakeFirstOrThrow()
      expect(payload).toMatchObject({
        decision: 'grant',
        signatureRequestId: request.request_id,
        documentHash: request.document_hash,
      })
    },
    60_000,
  )

  async function run(regulation: Regulation, sub: SubService, walk: Walk): Promise<string> {
    const org = demoProviders[regulation.id]!
    // Fresh sessions for each walk: the clock moves on, and sessions expire with it.
    const as = officerClients(t)
    const id = await openCase(t, regulation.id, sub.kind, applicantFor(regulation, sub))
    for (const choice of walk.choices) {
      const c = (await getCase(reviewDeps(t), id))!
      expect(c.currentStepId, JSON.stringify(walk)).toBe(choice.stepId)
      const step = sub.route.steps.find((s) => s.id === choice.stepId)!
      t.clock.advance(20 * 60_000)
      if (step.kind === 'approval') await authorityAnswers(id, c.version, choice.outcome)
      else if (step.kind === 'sign') await sign(await as(org, step.role), id)
      else await act(await as(org, step.role), id, step, choice.outcome)
    }
    const end = (await getCase(reviewDeps(t), id))!
    const label = `${regulation.id} ${sub.kind} ${walk.choices.map((c) => c.outcome).join('>')}`
    expect(end.currentStepId ?? 'end', label).toBe(
      walk.end.stepId === 'end' ? 'end' : walk.end.stepId,
    )
    expect(end.status, label).toBe(walk.end.status)
    expect(end.decision, label).toBe(walk.end.decision)
    const transitions = await t.db.kysely.selectFrom('review_transitions').select('outcome')
      .where('case_id', '=', id).orderBy('seq').execute()
    expect(transitions.map((r) => r.outcome), label).toEqual(walk.choices.map((c) => c.outcome))
    // Only a signed decision goes to issuance (a signed test schedule does not; a refusal does).
    expect(
      (await t.db.kysely.selectFrom('review_handoffs').select('kind').where('case_id', '=', id)
        .execute())
        .length,
      label,
    ).toBe(signedDecisions(sub, walk))
    return id
  }

  async function authorityAnswers(id: string, version: number, outcome: string) {
    await completeStep(reviewDeps(t), {
      caseId: id,
      expectedVersion: version,
      outcome,
      actor: await actorFor(t, AUTHORITY, 'authority_reviewer'),
      comment: 'Қорытынды',
    })
  }

  async function act(client: TestClient, id: string, step: Step, outcome: string) {
    const page = await client.get(`/kk/cases/${id}`)
    const doc = parse(page.text)
    const form = [...doc.querySelectorAll('form')].find((f) =>
      /\/cases\/[0-9a-f]+\/[a-z-]+$/.test(f.getAttribute('action') ?? '') &&
      f.querySelector('[name=outcome], [name=assignee]')
    )
    expect(form, `${step.id}: no form in ${page.status} ${textOf(page.text).slice(0, 1500)}`)
      .toBeDefined()
    const offered = [...form!.querySelectorAll('[name=outcome]')].map((i) =>
      i.getAttribute('value')
    )
    if (step.kind !== 'assign') expect(offered, step.id).toContain(outcome)
    const body = {
      version: fieldValue(doc, 'version')!,
      outcome,
      ...fieldsFor(step, outcome, form!),
    }
    const res = await client.post(form!.getAttribute('action')!, body)
    expect(res.status, `${step.id} ${outcome}: ${res.text.slice(0, 300)}`).toBe(303)
  }

  function fieldsFor(
    step: Step,
    outcome: string,
    form: Element,
  ): Record<string, string | string[]> {
    const first = (name: string) =>
      form.querySelector(`[name=${name}][value]:not([value=""])`)?.getAttribute('value') ??
        form.querySelector(`select[name=${name}] option[value]:not([value=""])`)?.getAttribute(
          'value',
        )
    const refusal = first('grounds')
      ? { grounds: first('grounds')!, reason: 'Біліктілік талаптарына сәйкес келмейді' }
      : { groundOther: 'Стандарттың 10-тармағы', reason: 'Біліктілік талаптарына сәйкес келмейді' }
    const today = localDate(t.clock.now())
    switch (step.kind) {
      case 'assign':
        return { assignee: first('assignee')! }
      case 'check_completeness':
        return outcome === 'incomplete'
          ? {
            ...(first('missing') ? { missing: first('missing')! } : { missingOther: 'Жарғы' }),
            reason: 'Толық емес',
          }
          : {}
      case 'inspection': {
        const checks = [
          ...new Set(
            [...form.querySelectorAll('input[name^="check-"]')].map((i) => i.getAttribute('name')!),
          ),
        ]
        const answers = Object.fromEntries(
          checks.map((n, i) => [n, outcome === 'failed' && i === 0 ? 'not_met' : 'met']),
        )
        return {
          ...answers,
          inspectedOn: today,
          findings: 'Тексерілді',
          ...(outcome === 'failed' ? { reason: 'Талап орындалмады' } : {}),
        }
      }
      case 'test_schedule':
        return outcome === 'refuse'
          ? refusal
          : { testDate: today, testTime: '10:00', place: 'Ақтөбе қ., Әбілқайыр хан даңғылы, 40' }
      case 'test':
        return outcome === 'failed'
          ? { score: '40', reason: 'Шекті балл жиналмады' }
          : { score: '85' }
      case 'draft_decision':
      case 'finalize':
      case 'issue':
        return outcome === 'refuse' ? refusal : {}
      default:
        return {}
    }
  }

  /** The head signs the current sign step with the demo CA and completes it. */
  async function sign(head: TestClient, id: string) {
    const version = () => getCase(reviewDeps(t), id).then((c) => String(c!.version))
    const asked = await head.post(`/kk/cases/${id}/signature-request`, { version: await version() })
    expect(asked.status, asked.text.slice(0, 300)).toBe(303)
    const signing = asked.headers.get('location')!
    const page = parse((await head.get(signing)).text)
    const demo = [...page.querySelectorAll('form')].find((f) =>
      f.querySelector('[name=method][value=demo]')
    )!
    const signed = await head.post(signing, {
      nonce: demo.querySelector('[name=nonce]')!.getAttribute('value')!,
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(signed.status, signed.text.slice(0, 300)).toBe(303)
    const done = await head.post(`/kk/cases/${id}/signature`, { version: await version() })
    expect(done.status, done.text.slice(0, 300)).toBe(303)
  }
})

/** How many decisions a walk signs, by the route and the decision at each signature. */
function signedDecisions(sub: SubService, walk: Walk): number {
  let decision: Decision = null
  let signed = 0
  for (const c of walk.choices) {
    const step = sub.route.steps.find((s) => s.id === c.stepId)!
    const outcome = step.outcomes.find((o) => o.id === c.outcome)!
    if (signsDecision(sub, step, outcome, decision)) signed++
    decision = (outcome.decision ?? decision) as Decision
  }
  return signed
}

/** A legal entity for most routes; veterinary sub-types so its checklist has items. */
function applicantFor(regulation: Regulation, sub: SubService) {
  const subtypes = regulation.activitySubtypes?.slice(0, 1).map((s) => s.id) ?? []
  const reason = sub.reissueReasons?.find((r) => r.class === 'B')?.id
  return {
    particulars: { activitySubtypes: subtypes, ...(reason ? { reissueReason: reason } : {}) },
  }
}
