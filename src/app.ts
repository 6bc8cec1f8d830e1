/**
 * createApp(deps): the whole application as one Hono app, built from web-standard APIs
 * only. Runtime specifics (files, sockets, environment) arrive as `deps` from `main.*.ts`.
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { accessMatrix } from './access-matrix.ts'
import type { Config } from './config.ts'
import type { Db } from './db/connect.ts'
import { authorize } from './http/access.ts'
import type { Assets } from './http/assets.ts'
import { limitBodies } from './http/body-limit.ts'
import { compress } from './http/compress.ts'
import { csrfProtection } from './http/csrf.ts'
import type { AppEnv } from './http/env.ts'
import { notFound, onError } from './http/errors.tsx'
import { healthRoutes } from './http/health.ts'
import { language, preferredLanguage } from './http/language.ts'
import { type NavEntry, renderer } from './http/renderer.tsx'
import { requestLog } from './http/request-log.ts'
import { setResponseHeader } from './http/response-headers.ts'
import { securityHeaders } from './http/security.ts'
import { homeRoutes } from './http/home.tsx'
import { createI18n, languages } from './i18n.ts'
import type { Clock } from './lib/clock.ts'
import type { Logger } from './lib/logger.ts'
import type { DocumentFonts } from './modules/documents/index.ts'
import * as approval from './modules/approval/index.ts'
import * as catalog from './modules/catalog/index.ts'
import * as identity from './modules/identity/index.ts'
import * as intake from './modules/intake/index.ts'
import * as issuance from './modules/issuance/index.ts'
import * as review from './modules/review/index.ts'
import * as sla from './modules/sla/index.ts'
import type { Job } from './jobs/index.ts'
import * as signing from './modules/signing/index.ts'
import * as survey from './modules/survey/index.ts'
import { accountArea, landingFor } from './http/account-area.tsx'

/** Everything the application needs from outside. */
export interface AppDeps {
  readonly config: Config
  readonly db: Db
  readonly clock: Clock
  readonly logger: Logger
  readonly assets: Assets
  /** The client's address as the runtime sees it (from `getConnInfo`), if known. */
  readonly remoteAddress?: (request: Request, env: unknown) => string | undefined
  /** The fonts embedded in PDFs (receipts, licenses), read by `platform/`. */
  readonly fonts: DocumentFonts
  /** Hashes passwords (scrypt, from `platform/`). */
  readonly hasher: identity.PasswordHasher
  /** The individuals, legal-entities and notary registries (local stand-ins by default). */
  readonly registries: identity.Registries
  /** NCA RK's roots, intermediates and CRLs read from files by `boot.ts`; none when omitted. */
  readonly trust?: signing.TrustConfig
  /** Reads TRUST_CRLS_DIR again; with it, a job refreshes the CRLs every CRL_REFRESH_MINUTES. */
  readonly readCrlFiles?: () => Promise<signing.TrustFile[]>
  /** Sends e-mail (SMTP, from `boot.ts`); without it notices wait in the outbox. */
  readonly mailer?: issuance.Mailer
  /** Called for every translation key without text; tests fail on it. */
  readonly onMissingTranslation?: (lang: string, key: string) => void
}

/** Builds the application. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config } = deps
  const i18n = createI18n(
    deps.onMissingTranslation ? { onMissingKey: deps.onMissingTranslation } : {},
  )
  const cookiePolicy = { secure: config.secureCookies }
  const nav: NavEntry[] = []
  const adminSections: identity.AdminSection[] = []
  const catalogDeps: catalog.CatalogDeps = { db: deps.db, clock: deps.clock }
  nav.push({ path: '/services', key: 'catalog:nav.services' })
  adminSections.push({ path: '/catalog', key: 'catalog:admin.title' })
  const identityDeps: identity.IdentityRouteDeps = {
    db: deps.db,
    clock: deps.clock,
    hasher: deps.hasher,
    registries: deps.registries,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionAbsoluteHours: config.sessionAbsoluteHours,
    cookies: cookiePolicy,
    landing: (accountId, lang) => landingFor(identityDeps, accountId, lang),
  }
  const signingDeps: signing.SigningRouteDeps = {
    db: deps.db,
    clock: deps.clock,
    trust: deps.trust ?? signing.emptyTrustConfig(),
    demoCa: config.demoCa,
    secret: config.sessionSecret,
    registries: deps.registries,
    hasher: deps.hasher,
    ncalayerScript: deps.assets.urls.ncalayer,
    identity: identityDeps,
    findApplicant: async (number) => {
      const a = await identity.findApplicantByNumber(identityDeps, number)
      return a?.applicantType
        ? { accountId: a.id, type: a.applicantType, disabled: false }
        : undefined
    },
  }

  const reviewDeps = reviewDepsOf(deps, {
    signatures: {
      create: (input) => signing.createSignatureRequest(signingDeps, input),
      get: (id) => signing.getSignature(signingDeps, id),
    },
    readDocument: (applicationId, documentId) =>
      intake.readDocument(intakeDeps, applicationId, documentId),
    ...issuanceHandOffs(() => issuanceDeps),
  })
  const issuanceDeps: issuance.IssuanceDeps = {
    ...issuanceDepsOf(deps, i18n.translator, () => reviewDeps),
    signatures: {
      get: (id) => signing.getSignature(signingDeps, id),
      verifyStored: (id) => signing.verifyStoredSignature(signingDeps, id),
    },
    surveyLinkFor: (caseId) => survey.noticeLinkFor(surveyDeps)(caseId),
  }
  review.registerStepHandler('issue', issuance.issueStepHandler(issuanceDeps))
  nav.push({ path: '/verify', key: 'issuance:nav.verify' })
  adminSections.push({ path: '/licenses', key: 'issuance:admin.title' })
  adminSections.push({ path: '/calendar', key: 'review:calendar.title' })
  adminSections.push({ path: '/providers', key: 'review:providers.title' })
  adminSections.push({ path: '/approvals', key: 'approval:admin.title' })

  const intakeDeps: intake.IntakeRouteDeps = {
    db: deps.db,
    clock: deps.clock,
    registries: deps.registries,
    files: intake.databaseFileStore(deps.db, () => deps.clock.now()),
    // The local stand-in delivers its signed callback to this app, server-to-server.
    gateway: intake.localPaymentGateway({
      secret: config.paymentGatewaySecret,
      origin: config.publicOrigin,
      deliver: async (request) => await app.fetch(request),
    }),
    signatures: {
      create: (input) => signing.createSignatureRequest(signingDeps, input),
      get: (id) => signing.getSignature(signingDeps, id),
    },
    limits: {
      maxFileBytes: config.maxUploadBytes,
      maxApplicationBytes: config.maxApplicationBytes,
      draftRetentionDays: config.draftRetentionDays,
      draftNoticeDays: 14,
      statusLookupsPerWindow: 10,
      statusWindowMinutes: 15,
    },
    translator: i18n.translator,
    fonts: deps.fonts,
    // Review opens the case inside the submission's transaction and answers when it is due.
    onSubmitted: (application, context) =>
      review.registerCase({ ...reviewDeps, db: context.handle }, application, context.at),
    caseProgress: (ids) =>
      survey.withSurveyEntries(surveyDeps, async (i) =>
        withApprovals(
          withResults(
            await review.caseProgress(reviewDeps, i),
            await issuance.caseResults(issuanceDeps, i),
          ),
          await approval.approvalProgress(approvalDeps, i),
        ))(ids),
    providerOf: (regulationId) => review.providerOf(reviewDeps, regulationId),
  }
  const approvalDeps = approvalDepsOf(deps, i18n.translator, reviewDeps)
  review.registerStepHandler('approval', approval.approvalStepHandler(approvalDeps))
  nav.push({ path: '/approvals', key: 'approval:nav.approvals', access: ['authority_reviewer'] })
  const surveyDeps: survey.KioskRouteDeps = {
    db: deps.db,
    clock: deps.clock,
    publicOrigin: config.publicOrigin,
    cookies: cookiePolicy,
    ...survey.lifecyclePorts({ review: reviewDeps, intake: intakeDeps }),
    workflow: (filter) => workflowStatistics(reviewDeps, approvalDeps, filter),
  }
  nav.push({ path: '/cabinet', key: 'intake:nav.cabinet', access: ['applicant'] })
  nav.push({ path: '/status', key: 'intake:nav.status' })
  nav.push({
    path: '/worklist',
    key: 'review:nav.worklist',
    access: [
      'office_specialist',
      'head',
      'deputy_head',
      'department_head',
      'executor',
      'psc_operator',
    ],
  })
  nav.push({ path: '/quality', key: 'survey:nav.quality', access: ['quality_analyst'] })
  nav.push({ path: '/admin', key: 'identity:nav.admin', access: ['administrator'] })

  const app = new Hono<AppEnv>()
  app.use(requestLog(deps.logger))
  app.use(securityHeaders())
  app.use(compress())
  app.use(etag({ weak: true }))
  app.use(limitBodies(config))
  app.use(renderer({ assets: deps.assets.urls, nav, translator: i18n.translator, accountArea }))
  app.use(async (c, next) => {
    c.set('clientAddress', clientAddress(c.req.raw, c.env, deps, config.trustProxy))
    await next()
  })

  app.route('/healthz', healthRoutes(deps.db))
  app.route('/assets', deps.assets.routes)
  app.route('/api/v1', catalog.catalogApi(catalogDeps))
  app.route('/api/v1', intake.paymentCallbackApi(intakeDeps))
  app.route('/api/v1', issuance.licensesApi(issuanceDeps))
  app.get('/', (c) => {
    c.header('Vary', 'Cookie, Accept-Language')
    return c.redirect(`/${preferredLanguage(c, cookiePolicy)}`, 302)
  })

  const pages = new Hono<AppEnv>()
  pages.use(language(cookiePolicy, i18n.translator))
  pages.use(
    csrfProtection({ ...cookiePolicy, origin: config.publicOrigin, secret: config.sessionSecret }),
  )
  pages.use(identity.currentUser(identityDeps))
  pages.use(authorize(accessMatrix, identity.accessHooks(identityDeps)))
  pages.use(async (c, next) => {
    await next()
    if (!c.res.headers.has('Cache-Control')) setResponseHeader(c, 'Cache-Control', 'no-cache')
  })
  pages.route('/', homeRoutes(nav))
  pages.route('/', identity.routes(identityDeps))
  pages.route('/account', identity.accountRoutes(identityDeps))
  pages.route('/admin', identity.adminRoutes(identityDeps, adminSections))
  pages.route('/signatures', signing.routes(signingDeps))
  pages.route('/login/eds', signing.loginRoutes(signingDeps))
  pages.route('/services', catalog.catalogPages(catalogDeps))
  pages.route('/admin/catalog', catalog.catalogAdmin(catalogDeps))
  pages.route('/applications', intake.portalRoutes(intakeDeps))
  pages.route('/office/applications', intake.counterRoutes(intakeDeps))
  pages.route('/cabinet', intake.cabinetRoutes(intakeDeps))
  pages.route('/status', intake.statusRoutes(intakeDeps))
  pages.route('/payments', intake.paymentRoutes(intakeDeps))
  pages.route('/', review.routes(reviewDeps))
  pages.route('/', approval.routes(approvalDeps))
  pages.route('/licenses', issuance.routes(issuanceDeps))
  pages.route('/verify', issuance.verifyRoutes(issuanceDeps))
  pages.route('/admin/licenses', issuance.adminRoutes(issuanceDeps))
  pages.route('/admin/calendar', sla.calendarAdmin({ db: deps.db, clock: deps.clock }))
  pages.route('/admin/providers', review.providersRoutes(reviewDeps))
  pages.route('/admin/approvals', approval.approvalAdminRoutes(approvalDeps))
  pages.route('/survey', survey.surveyRoutes(surveyDeps))
  pages.route('/kiosk', survey.kioskRoutes(surveyDeps))
  pages.route('/quality', survey.qualityRoutes(surveyDeps))
  // Two plain mounts: a `/:lang{kk|ru}` pattern is an unanchored alternation in Hono's router.
  for (const lang of languages) app.route(`/${lang}`, pages)

  app.notFound(notFound(i18n.translator))
  app.onError(onError(i18n.translator, { maxUploadBytes: config.maxUploadBytes }))
  return app
}

/** Review's dependencies: the same for the pages and the jobs, so both hand forward alike. */
export function reviewDepsOf(
  deps: AppDeps,
  ports: Omit<Partial<review.ReviewDeps>, 'db' | 'clock'> = {},
): review.ReviewDeps {
  return { db: deps.db, clock: deps.clock, logger: deps.logger, ...ports }
}

/** The application's periodic jobs, for `startJobs` (src/boot.ts). */
export function appJobs(deps: AppDeps): Job[] {
  const reviewDeps: review.ReviewDeps = reviewDepsOf(deps, issuanceHandOffs(() => issuanceDeps))
  const issuanceDeps = withSurveyLinks(
    deps,
    () => reviewDeps,
    issuanceDepsOf(deps, createI18n().translator, () => reviewDeps),
  )
  return [
    ...(deps.trust && deps.readCrlFiles
      ? [signing.crlRefreshJob({
        trust: deps.trust,
        clock: deps.clock,
        logger: deps.logger,
        readCrls: deps.readCrlFiles,
        everyMinutes: deps.config.crlRefreshMinutes,
      })]
      : []),
    ...review.reviewJobs(reviewDeps),
    ...issuance.issuanceJobs(issuanceDeps),
    ...approval.approvalJobs(approvalDepsOf(deps, createI18n().translator, reviewDeps)),
    {
      name: 'intake.removeStaleDrafts',
      run: (now) =>
        intake.removeStaleDrafts({
          db: deps.db,
          files: intake.databaseFileStore(deps.db, () => deps.clock.now()),
          limits: { draftRetentionDays: deps.config.draftRetentionDays },
        }, now),
    },
  ]
}

/** Issuance's dependencies: review and intake as its ports, the same for pages and jobs. */
function issuanceDepsOf(
  deps: AppDeps,
  translator: issuance.IssuanceDeps['translator'],
  reviewDeps: () => review.ReviewDeps,
): issuance.IssuanceDeps {
  const signatures = {
    create: (input: signing.SignatureRequestInput) => signing.createSignatureRequest(deps, input),
    get: (id: string) => signing.getSignature(deps, id),
  }
  return {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    fonts: deps.fonts,
    translator,
    publicOrigin: deps.config.publicOrigin,
    cases: {
      getCase: (id) => review.getCase(reviewDeps(), id),
      getApplication: (id) => intake.getApplication({ db: deps.db, signatures }, id),
      completeStep: (input) => review.completeStep(reviewDeps(), input),
    },
    signatures: { get: signatures.get },
    ...(deps.mailer ? { mailer: deps.mailer } : {}),
  }
}

/**
 * The result notices the jobs send (a license deemed issued, a retried hand-off) carry the
 * survey link too, made from the same case reads issuance is given.
 */
function withSurveyLinks(
  deps: AppDeps,
  reviewDeps: () => review.ReviewDeps,
  issuanceDeps: issuance.IssuanceDeps,
): issuance.IssuanceDeps {
  const surveyDeps: survey.SurveyDeps = {
    db: deps.db,
    clock: deps.clock,
    publicOrigin: deps.config.publicOrigin,
    providers: () => Promise.resolve([]),
    cases: survey.casesPort({
      getCase: (id) => review.getCase(reviewDeps(), id),
      getApplication: (id) => issuanceDeps.cases.getApplication(id),
    }),
  }
  return { ...issuanceDeps, surveyLinkFor: survey.noticeLinkFor(surveyDeps) }
}

/** Review's hand-offs forward: a signed decision and a license deemed issued go to issuance. */
function issuanceHandOffs(issuanceDeps: () => issuance.IssuanceDeps) {
  return {
    onDecisionSigned: async (handoff: review.DecisionSigned) => {
      await issuance.issueSignedDecision(issuanceDeps(), handoff)
    },
    onDeemedIssued: async (handoff: review.DeemedIssued) => {
      await issuance.issueDeemed(issuanceDeps(), handoff)
    },
  }
}

/** Approval's dependencies: review to complete the step, intake for the application it sends. */
function approvalDepsOf(
  deps: AppDeps,
  translator: approval.ApprovalDeps['translator'],
  reviewDeps: review.ReviewDeps,
): approval.ApprovalDeps {
  const signatures = {
    create: (input: signing.SignatureRequestInput) => signing.createSignatureRequest(deps, input),
    get: (id: string) => signing.getSignature(deps, id),
  }
  const files = intake.databaseFileStore(deps.db, () => deps.clock.now())
  return {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    translator,
    review: reviewDeps,
    application: (id) => intake.getApplication({ db: deps.db, signatures }, id),
    readDocument: (applicationId, documentId) =>
      intake.readDocument({ db: deps.db, files }, applicationId, documentId),
  }
}

/**
 * The survey's workflow figures: review's timeliness and refusals for the whole filter (named
 * here, for the page and the CSV alike), and approval's interested-authority answers, which
 * approval filters by period only (the day a request was sent), as the page says.
 */
async function workflowStatistics(
  reviewDeps: review.ReviewDeps,
  approvalDeps: approval.ApprovalDeps,
  f: survey.WorkflowFilter,
): Promise<survey.WorkflowStatistics> {
  const figures = await review.workflowStatistics(reviewDeps, {
    from: f.from,
    to: f.to,
    regulationId: f.regulationId,
    organizationId: f.providerId,
    region: f.region,
    channel: f.channel,
  })
  const start = (date: string) => sla.fromAlmaty(`${date} 00:00`).getTime()
  const authorities = await approval.approvalStatistics(approvalDeps, {
    from: new Date(start(f.from)).toISOString(),
    to: new Date(start(f.to) + 86_400_000).toISOString(),
  })
  return {
    ...figures,
    refusals: figures.refusals.map((r) => withGroundName(r, approvalDeps.translator)),
    authorities: authorities.map((a) => ({
      key: a.organizationId,
      label: a.name,
      counts: { onTime: a.onTime, late: a.late },
    })),
  }
}

/** The names of review's grounds for a refusal that cites none from the regulation. */
const UNCITED_GROUNDS: Readonly<Record<string, string>> = {
  documents_incomplete: 'survey:quality.workflow.grounds.documentsIncomplete',
  not_cited: 'survey:quality.workflow.grounds.notCited',
  standard_reference: 'survey:quality.workflow.grounds.standardReference',
} satisfies Record<(typeof review.UNCITED)[number], string>

/** A refusal ground without a name from the regulation, named from the locales if review's. */
function withGroundName(
  r: review.ReviewStatistics['refusals'][number],
  translator: approval.ApprovalDeps['translator'],
): review.ReviewStatistics['refusals'][number] {
  const key = UNCITED_GROUNDS[r.ground]
  if (r.label || !key) return r
  return { ...r, label: { kk: translator('kk')(key), ru: translator('ru')(key) } }
}

/** Each case's progress with approval's "under approval by …" lines, for the cabinet. */
function withApprovals<P extends { readonly steps: ReadonlyArray<approval.ProgressLine> }>(
  progress: Map<string, P>,
  lines: Map<string, approval.ProgressLine[]>,
): Map<string, P> {
  const out = new Map<string, P>()
  for (const [id, p] of progress) {
    const more = lines.get(id)
    out.set(id, more ? { ...p, steps: [...p.steps, ...more] } : p)
  }
  return out
}

/** Review's progress of each case with its issued result, for the cabinet. */
function withResults<P extends { readonly status: string }>(
  progress: Map<string, P>,
  results: Map<string, issuance.CaseResult>,
): Map<string, P & { result?: { href: string; pdfHref: string } }> {
  const out = new Map<string, P & { result?: { href: string; pdfHref: string } }>()
  for (const [id, p] of progress) {
    const r = results.get(id)
    out.set(id, r ? { ...p, result: { href: r.href, pdfHref: r.pdfHref } } : p)
  }
  return out
}

function clientAddress(request: Request, env: unknown, deps: AppDeps, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client sent.
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  return deps.remoteAddress?.(request, env) ?? 'unknown'
}
