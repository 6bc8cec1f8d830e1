/**
 * The respondent's pages: the one-time link from the result notice (`/:lang/survey/:token`,
 * public: the token is the credential) and the applicant's cabinet entry for a case
 * (`/:lang/survey/cases/:caseId`, signed in, own cases only). A reused link says "already
 * answered", an unknown one "link not valid"; neither stores anything.
 */
import { type Context, Hono } from 'hono'
import { SurveyPage } from '../../../views/survey/answer.tsx'
import { SurveyMessagePage } from '../../../views/survey/message.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import type { SurveyDeps } from './deps.ts'
import { questionnaireProps, summaryOf } from './form-props.ts'
import {
  answerByLink,
  answerInCabinet,
  type AnswerOutcome,
  cabinetState,
  type InvitationState,
  linkState,
} from './links.ts'
import { findAccessibilityOn } from './repo.ts'
import { answerForm } from './schema.ts'
import { serviceName } from './names.ts'

/** Who may use the respondent's pages. */
export const access: AccessRules = {
  'GET /:lang/survey/thanks': 'public',
  'GET /:lang/survey/:token': 'public',
  'POST /:lang/survey/:token': 'public',
  'GET /:lang/survey/cases/:caseId': ['applicant'],
  'POST /:lang/survey/cases/:caseId': ['applicant'],
}

type C = Context<AppEnv>

/** The respondent's pages, mounted at `/survey`. */
export function surveyRoutes(deps: SurveyDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/thanks', (c) => message(c, 'thanks', 200))

  app.get('/cases/:caseId', async (c) => {
    const state = await cabinetState(deps, c.req.param('caseId'), c.var.user!.accountId)
    return await show(deps, c, state, {}, {})
  })

  app.post(
    '/cases/:caseId',
    validForm(answerForm, async (c, values, errors) => {
      const state = await cabinetState(deps, c.req.param('caseId') ?? '', c.var.user!.accountId)
      return await show(deps, c, state, values, errors)
    }),
    async (c) => {
      const outcome = await answerInCabinet(deps, {
        caseId: c.req.param('caseId'),
        accountId: c.var.user!.accountId,
        answers: c.req.valid('form'),
        lang: c.var.lang,
      })
      return done(c, outcome)
    },
  )

  app.get('/:token', async (c) => {
    noReferrer(c)
    return await show(deps, c, await linkState(deps, c.req.param('token')), {}, {})
  })

  app.post(
    '/:token',
    validForm(answerForm, async (c, values, errors) => {
      noReferrer(c)
      return await show(deps, c, await linkState(deps, c.req.param('token') ?? ''), values, errors)
    }),
    async (c) => {
      const outcome = await answerByLink(deps, {
        token: c.req.param('token'),
        answers: c.req.valid('form'),
        lang: c.var.lang,
      })
      return done(c, outcome)
    },
  )

  return app
}

/** The token is in the address: it must not leak to another site through the Referer. */
function noReferrer(c: C): void {
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Cache-Control', 'no-store')
}

function done(c: C, outcome: AnswerOutcome): Response | Promise<Response> {
  if (outcome === 'stored') return seeOther(c, `/${c.var.lang}/survey/thanks`)
  return message(c, outcome, outcome === 'answered' ? 409 : 404)
}

function message(c: C, kind: 'thanks' | 'answered' | 'invalid', status: 200 | 404 | 409) {
  const { t } = c.var
  c.status(status)
  return c.render(
    <SurveyMessagePage
      title={t(`survey:${kind}.title`)}
      body={t(`survey:${kind}.body`)}
      success={kind === 'thanks'}
    />,
    { title: t(`survey:${kind}.title`) },
  )
}

async function show(
  deps: SurveyDeps,
  c: C,
  state: InvitationState,
  values: Record<string, unknown>,
  errors: FieldErrors,
): Promise<Response> {
  if (state.kind !== 'open') {
    return await message(c, state.kind, state.kind === 'answered' ? 200 : 404)
  }
  const { t, lang } = c.var
  const { survey, version } = state.wording
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return await c.render(
    <SurveyPage
      heading={survey.title[lang]}
      lines={[`${t('survey:form.service')}: ${serviceName(version.definition, lang)}`]}
      intro={t('survey:form.intro')}
      errorTitle={t('form.errorSummaryTitle')}
      errorList={summaryOf(errors)}
      form={questionnaireProps({
        t,
        lang,
        survey,
        action: new URL(c.req.url).pathname,
        csrf: c.var.csrfToken(),
        values,
        errors,
        accessibilityOn: await findAccessibilityOn(deps.db.kysely),
      })}
    />,
    { title: survey.title[lang], hasErrors },
  )
}
