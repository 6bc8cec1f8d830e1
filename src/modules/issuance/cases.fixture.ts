/**
 * Cases for issuance's tests, held in memory where review and intake would keep them: each with
 * the application, the decision and a real EDS signature over the decision (demo CA, CMS,
 * verified by signing's verifier), so documents are issued exactly as the hand-offs issue them.
 */
import type { Db } from '../../db/connect.ts'
import { createI18n } from '../../i18n.ts'
import type { Clock } from '../../lib/clock.ts'
import { newId } from '../../lib/ids.ts'
import { getRegulationInForce } from '../catalog/index.ts'
import type { DocumentFonts } from '../documents/index.ts'
import {
  canonicalBytes,
  createCrl,
  createDemoRoot,
  createTrustStore,
  type DemoCredential,
  issueDemoCertificates,
  sha256Hex,
  signDetached,
  verifySignature,
} from '../signing/index.ts'
import type { ApplicationFacts, CaseState, IssuanceDeps, StepActor } from './deps.ts'
import type { DecisionSignedInput } from './issue.ts'

/** A new case: what review and intake would know. */
export interface CaseInput {
  readonly regulationId: string
  readonly subService?: string
  readonly organizationId?: string
  readonly channel?: ApplicationFacts['channel']
  readonly lang?: 'kk' | 'ru'
  readonly applicant?: Partial<ApplicationFacts['applicant']>
  readonly particulars?: Record<string, unknown>
  readonly decision?: 'grant' | 'refuse' | 'return'
  readonly decisionData?: Record<string, unknown>
  /** The kind of step the case waits at after the decision (`issue`, or null once ended). */
  readonly stepKind?: string | null
}

interface Stored {
  state: CaseState
  application: ApplicationFacts
}

interface Signed {
  cms: Uint8Array
  document: Uint8Array
  hash: string
  at: Date
  demo: boolean
}

/** The default applicant: a legal entity from the demo registry, with a Kazakh name. */
export const DEFAULT_APPLICANT: ApplicationFacts['applicant'] = {
  accountId: null,
  type: 'legal_entity',
  iin: null,
  bin: '050140012345',
  name: { kk: '«ШАҺАР АСТЫҚ ҚОЙМАСЫ» ЖШС', ru: 'ТОО «ШАҺАР АСТЫҚ ҚОЙМАСЫ»' },
  address: { kk: 'Ақтөбе қ., Әбілқайыр хан даңғылы, 3', ru: 'г. Актобе, пр. Абилкайыр хана, 3' },
  email: null,
}

/** The in-memory cases, the head's demo certificate, and the deps that read them. */
export class CaseFixture {
  readonly cases = new Map<string, Stored>()
  readonly signed = new Map<string, Signed>()
  readonly completed: Array<{ caseId: string; actor: StepActor; outcome: string }> = []
  private constructor(
    readonly db: Db,
    readonly clock: Clock,
    readonly fonts: DocumentFonts,
    readonly root: DemoCredential,
    readonly head: DemoCredential,
    readonly crl: Uint8Array,
  ) {}

  /** Builds the fixture with a fresh demo root and the head's SIGN certificate. */
  static async create(db: Db, clock: Clock, fonts: DocumentFonts): Promise<CaseFixture> {
    const now = clock.now()
    const root = await createDemoRoot({ now: new Date(now.getTime() - 86_400_000) })
    const { sign } = await issueDemoCertificates(root, {
      iin: '780101300456',
      commonName: 'ӘБЕНОВ ҒАЛЫМЖАН',
      role: 'individual',
      now: new Date(now.getTime() - 3_600_000),
    })
    const crl = await createCrl(root, [], {
      thisUpdate: new Date(now.getTime() - 3_600_000),
      nextUpdate: new Date(now.getTime() + 400 * 86_400_000),
      number: 1,
    })
    return new CaseFixture(db, clock, fonts, root, sign, crl)
  }

  /** The issuance deps over this fixture's cases and signatures. */
  deps(overrides: Partial<IssuanceDeps> = {}): IssuanceDeps {
    const translator = createI18n().translator
    return {
      db: this.db,
      clock: this.clock,
      fonts: this.fonts,
      translator,
      publicOrigin: 'https://e-licensing.example.kz',
      cases: {
        getCase: (id) => Promise.resolve(this.cases.get(id)?.state),
        getApplication: (id) => Promise.resolve(this.cases.get(id)?.application),
        completeStep: (input) => this.complete(input),
      },
      signatures: {
        get: (id) => Promise.resolve(this.signatureFacts(id)),
        verifyStored: (id) => this.verifyStored(id),
      },
      ...overrides,
    }
  }

  /** Adds a case decided and waiting at its issue step; returns its id. */
  async addCase(input: CaseInput): Promise<string> {
    const version = await getRegulationInForce(this, input.regulationId, this.clock.now())
    if (!version) throw new Error(`no version of ${input.regulationId} in force`)
    const id = newId()
    const sub = input.subService ?? version.definition.subServices[0]!.kind
    this.cases.set(id, {
      state: {
        id,
        number: `AKT-2026-${String(this.cases.size + 1).padStart(6, '0')}-${id.slice(0, 4)}`,
        organizationId: input.organizationId ?? 'org-aktobe-agriculture',
        regulationVersionId: version.id,
        subService: sub,
        state: input.stepKind === null ? 'ended' : 'active',
        stepKind: input.stepKind === undefined ? 'issue' : input.stepKind,
        decision: input.decision ?? 'grant',
        decisionData: input.decisionData ?? null,
        version: 7,
      },
      application: {
        id,
        channel: input.channel ?? 'portal',
        lang: input.lang ?? 'kk',
        applicant: { ...DEFAULT_APPLICANT, ...input.applicant },
        particulars: input.particulars ?? {},
      },
    })
    return id
  }

  /** The head signs the case's decision (a real CMS); returns review's hand-off. */
  async signDecision(caseId: string): Promise<DecisionSignedInput> {
    const c = this.cases.get(caseId)!
    const document = canonicalBytes({ type: 'review.decision', caseId, decision: c.state.decision })
    const at = this.clock.now()
    const cms = await signDetached(document, this.head.certificate, this.head.privateKey, {
      signingTime: at,
    })
    const requestId = newId()
    const hash = await sha256Hex(document)
    this.signed.set(requestId, { cms, document, hash, at, demo: true })
    return {
      caseId,
      number: c.state.number,
      decision: c.state.decision ?? 'grant',
      signatureRequestId: requestId,
      documentHash: hash,
      signedAt: at.toISOString(),
    }
  }

  private signatureFacts(id: string) {
    const s = this.signed.get(id)
    if (!s) return undefined
    return {
      status: 'signed' as const,
      documentHash: s.hash,
      evidence: {
        checkedAt: s.at.toISOString(),
        certificate: { serialNumber: '4f2a91c30b7e55d1', issuer: 'DEMO CA' },
      },
      signer: { name: 'ӘБЕНОВ ҒАЛЫМЖАН', iin: '780101300456', bin: null, demo: s.demo },
    }
  }

  private async verifyStored(id: string) {
    const s = this.signed.get(id)
    if (!s) return undefined
    const result = await verifySignature({
      cms: s.cms,
      content: s.document,
      trust: createTrustStore({ roots: [], demoRoots: [this.root.certificate], crls: [this.crl] }),
      at: s.at,
      purpose: 'sign',
      expected: { kind: 'any' },
    })
    return { ok: result.ok, documentHash: await sha256Hex(s.document), demo: s.demo }
  }

  private complete(
    input: { caseId: string; expectedVersion: number; outcome: string; actor: StepActor },
  ) {
    const c = this.cases.get(input.caseId)
    if (!c || c.state.version !== input.expectedVersion) throw new Error('case changed')
    c.state = { ...c.state, state: 'ended', stepKind: null, version: c.state.version + 1 }
    this.completed.push({ caseId: input.caseId, actor: input.actor, outcome: input.outcome })
    return Promise.resolve({ version: c.state.version })
  }
}
