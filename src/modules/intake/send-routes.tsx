/**
 * Check answers, sign and send: `GET …/:id/check`, `POST …/:id/signature` (to the signing
 * page), `GET|POST …/:id/submission` (the idempotent send). A repeated send POST answers the
 * same 303 to the same receipt.
 */
import type { Context, Hono } from 'hono'
import { CheckPage } from '../../../views/intake/applications/check.tsx'
import { SubmissionPage } from '../../../views/intake/applications/submission.tsx'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { answerSections, blockerItem } from './answers.ts'
import { snapshotOf } from './applicants.ts'
import { actorOf, basePath, ID, type IntakeRouteDeps, mayEdit, type Mode } from './http.ts'
import { blockers, type DraftFacts } from './readiness.ts'
import { taskListPath, withDraft } from './route-kit.ts'
import { sendForm } from './schema.ts'
import { requestSignature } from './signing-step.ts'
import { sendKeyOf, type SendProblem, standingOf, submit } from './submission.ts'
import { applicationById } from './view.ts'

/** Registers the check, signature and submission pages. */
export function sendPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(`/${ID}/check`, (c) => withDraft(deps, c, mode, (f) => checkPage(c, deps, mode, f)))

  app.post(`/${ID}/signature`, (c) =>
    withDraft(deps, c, mode, async (f) => {
      const { lang } = c.var
      const result = await requestSignature(deps, f, {
        actor: actorOf(c),
        returnPath: `${basePath(lang, mode).slice(lang.length + 1)}/${f.row.id}/submission`,
        ...signerSummary(deps, f),
      })
      if (!result.ok) return checkPage(c, deps, mode, f)
      return seeOther(c, /^\/(kk|ru)\//.test(result.path) ? result.path : `/${lang}${result.path}`)
    }))

  app.get(`/${ID}/submission`, (c) =>
    withDraft(deps, c, mode, (f) => {
      if (blockers(f).length) return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/check`)
      return submissionPage(c, deps, mode, f)
    }))

  app.post(`/${ID}/submission`, async (c) => {
    const row = await applicationById(deps, c.req.param('id') ?? '')
    if (!row || !mayEdit(row, c.var.user!, mode)) throw new NotFoundError('No such application')
    const { lang } = c.var
    const form = sendForm.safeParse(await c.req.parseBody())
    const key = form.success ? form.data.key : ''
    const result = await submit(deps, row, { key, lang, actor: actorOf(c) })
    if (result.ok) return seeOther(c, `${basePath(lang, mode)}/${result.id}/receipt?sent=1`)
    return refused(c, deps, mode, row.id, result)
  })
}

// The readable summary the signer sees next to the exact document, in both languages.
function signerSummary(deps: IntakeRouteDeps, f: DraftFacts) {
  const both = (key: string, options?: Record<string, unknown>) => ({
    kk: deps.translator('kk')(key, options),
    ru: deps.translator('ru')(key, options),
  })
  const a = snapshotOf(f.row)
  return {
    title: both('intake:signing.title'),
    summary: [
      { label: both('intake:receipt.service'), value: f.ctx.regulation.name },
      { label: both('intake:particulars.subService'), value: f.ctx.sub.name },
      { label: both('intake:receipt.applicant'), value: a.name },
      {
        label: both(a.bin ? 'intake:applicant.bin' : 'intake:applicant.iin'),
        value: a.bin ?? a.iin ?? '',
      },
      { label: both('intake:signing.documents'), value: String(f.docs.length) },
      ...(f.payment?.paid_at
        ? [{ label: both('intake:fee.reference'), value: f.payment.reference ?? '' }]
        : []),
    ],
  }
}

async function refused(
  c: Context<AppEnv>,
  deps: IntakeRouteDeps,
  mode: Mode,
  id: string,
  problem: SendProblem,
) {
  if (problem.problem === 'gone') throw new NotFoundError(`The service of "${id}" is gone`)
  return await withDraft(deps, c, mode, (f) => {
    if (problem.problem === 'blocked') return checkPage(c, deps, mode, f)
    return submissionPage(
      c,
      deps,
      mode,
      f,
      c.var.t(`intake:submission.problems.${problem.problem}`),
    )
  })
}

async function checkPage(c: Context<AppEnv>, deps: IntakeRouteDeps, mode: Mode, f: DraftFacts) {
  const { t, lang } = c.var
  const base = `${basePath(lang, mode)}/${f.row.id}`
  const left = blockers(f).map((b) => blockerItem(t, lang, base, b))
  if (left.length && c.req.method === 'POST') c.status(422)
  const standing = left.length ? 'none' : await standingOf(deps, f)
  const signer = t(
    mode === 'portal' ? 'intake:check.signerApplicant' : 'intake:check.signerOfficer',
  )
  return c.render(
    <CheckPage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:check.title')}
      errorTitle={t('intake:check.blockersTitle')}
      blockers={left}
      sections={answerSections(t, lang, f, base)}
      signing={{
        title: t('intake:check.signTitle'),
        text: left.length
          ? t('intake:check.cannotSign')
          : t(`intake:check.standing.${standing}`, { signer }),
        action: left.length ? undefined : `${base}/signature`,
        buttonText: t(standing === 'signed' ? 'intake:check.signAgain' : 'intake:check.sign'),
        next: standing === 'signed'
          ? { href: `${base}/submission`, text: t('intake:check.toSend') }
          : undefined,
      }}
      csrf={c.var.csrfToken()}
      back={{ href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:check.title'), hasErrors: left.length > 0 },
  )
}

async function submissionPage(
  c: Context<AppEnv>,
  deps: IntakeRouteDeps,
  mode: Mode,
  f: DraftFacts,
  problem?: string,
) {
  const { t, lang } = c.var
  const base = `${basePath(lang, mode)}/${f.row.id}`
  const standing = await standingOf(deps, f)
  const signed = standing === 'signed'
  const state = signed && f.row.signature_request_id
    ? await deps.signatures.get(f.row.signature_request_id)
    : undefined
  if (problem) c.status(422)
  return c.render(
    <SubmissionPage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:submission.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={problem ? [{ text: problem, href: signed ? '#send' : '#sign' }] : []}
      text={t(`intake:submission.standing.${standing}`)}
      signer={state?.signer?.name
        ? t('intake:submission.signedBy', {
          name: state.signer.name,
          id: state.signer.bin ?? state.signer.iin ?? '',
        })
        : undefined}
      demo={state?.signer?.demo ? t('intake:submission.demo') : undefined}
      send={signed
        ? {
          action: `${base}/submission`,
          key: await sendKeyOf(deps, f.row),
          text: t('intake:submission.send'),
        }
        : undefined}
      sign={signed ? undefined : { action: `${base}/signature`, text: t('intake:check.sign') }}
      csrf={c.var.csrfToken()}
      back={{ href: `${base}/check`, text: t('intake:back') }}
    />,
    { title: t('intake:submission.title'), hasErrors: Boolean(problem) },
  )
}
