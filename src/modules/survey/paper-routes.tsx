/**
 * Paper entry (`/:lang/quality/paper`): pick the service, then transcribe forms one after
 * another. A service whose regulation has no survey is offered with the default Zhambyl 2013
 * wording, and the page says so.
 */
import { type Context, Hono } from 'hono'
import { SurveyPage } from '../../../views/survey/answer.tsx'
import { ChooseServicePage } from '../../../views/survey/choose-service.tsx'
import { PaperFields } from '../../../views/survey/quality/paper.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { listAllRegulations } from '../catalog/index.ts'
import { answerDay } from './answers.ts'
import type { SurveyDeps } from './deps.ts'
import { questionnaireProps, summaryOf } from './form-props.ts'
import { serviceName } from './names.ts'
import { enterPaperAnswer, formInstant, paperService } from './paper.ts'
import { findAccessibilityOn } from './repo.ts'
import { paperForm } from './schema.ts'

const QUALITY = ['quality_analyst'] as const

/** Who may transcribe paper forms. */
export const access: AccessRules = {
  'GET /:lang/quality/paper': QUALITY,
  'GET /:lang/quality/paper/:regulationId': QUALITY,
  'POST /:lang/quality/paper/:regulationId': QUALITY,
}

type C = Context<AppEnv>

/** The paper entry routes, mounted at `/quality/paper`. */
export function paperRoutes(deps: SurveyDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const chosen = c.req.query('service')
    if (chosen) return c.redirect(`/${c.var.lang}/quality/paper/${encodeURIComponent(chosen)}`, 303)
    return await choose(deps, c, chosen !== undefined)
  })

  app.get('/:regulationId', async (c) => {
    const saved = c.req.query('saved') === '1'
    return await form(
      deps,
      c,
      { answeredOn: answerDay(deps.clock.now()), channel: 'unknown' },
      {},
      saved,
    )
  })

  app.post(
    '/:regulationId',
    validForm(paperForm, (c, values, errors) => form(deps, c, values, errors, false)),
    async (c) => {
      const f = c.req.valid('form')
      const { t, lang } = c.var
      const outcome = await enterPaperAnswer(deps, c.var.user!, {
        regulationId: c.req.param('regulationId'),
        answeredOn: f.answeredOn,
        channel: f.channel,
        answers: f,
        lang,
      })
      if (outcome === 'stored') {
        return seeOther(
          c,
          `/${lang}/quality/paper/${encodeURIComponent(c.req.param('regulationId'))}?saved=1`,
        )
      }
      const raw = await c.req.parseBody()
      return await form(deps, c, raw as Record<string, unknown>, {
        answeredOn: t(`survey:paper.errors.${outcome}`),
      }, false)
    },
  )

  return app
}

async function choose(deps: SurveyDeps, c: C, invalid: boolean) {
  const { t, lang } = c.var
  const services = (await listAllRegulations(deps)).map((v) => v.at(-1)!)
  const errors: FieldErrors = invalid ? { service: t('survey:paper.errors.service') } : {}
  if (invalid) c.status(422)
  return await c.render(
    <ChooseServicePage
      action={`/${lang}/quality/paper`}
      legend={t('survey:paper.chooseService.legend')}
      lines={[t('survey:paper.lead')]}
      items={services.map((s) => ({
        value: s.regulationId,
        text: s.definition.survey
          ? serviceName(s.definition, lang)
          : t('survey:quality.filters.noSurvey', { name: serviceName(s.definition, lang) }),
      }))}
      submit={t('survey:paper.chooseService.submit')}
      errorTitle={t('form.errorSummaryTitle')}
      errorList={summaryOf(errors)}
      error={fieldError(errors, 'service', t)}
    />,
    { title: t('survey:paper.title'), hasErrors: invalid },
  )
}

async function form(
  deps: SurveyDeps,
  c: C,
  values: Record<string, unknown>,
  errors: FieldErrors,
  saved: boolean,
): Promise<Response> {
  const { t, lang } = c.var
  const regulationId = c.req.param('regulationId') ?? ''
  const service = await paperService(deps, regulationId, formInstant(answerDay(deps.clock.now())))
  if (!service) return await choose(deps, c, true)
  const { survey, version } = service.wording
  const value = (k: string) => (typeof values[k] === 'string' ? String(values[k]) : '')
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const channels = ['unknown', 'portal', 'office', 'psc'] as const
  return await c.render(
    <SurveyPage
      heading={survey.title[lang]}
      lines={[`${t('survey:form.service')}: ${serviceName(version.definition, lang)}`]}
      intro={t('survey:paper.lead')}
      errorTitle={t('form.errorSummaryTitle')}
      errorList={summaryOf(errors)}
      banner={saved
        ? { title: t('survey:paper.savedTitle'), text: t('survey:paper.saved') }
        : undefined}
      note={
        <>
          {service.wording.basis === 'default'
            ? <p class='inset'>{t('survey:paper.defaultWording')}</p>
            : null}
          <p>
            <a href={`/${lang}/quality/paper`}>{t('survey:paper.back')}</a>
          </p>
        </>
      }
      form={{
        ...questionnaireProps({
          t,
          lang,
          survey,
          action: `/${lang}/quality/paper/${encodeURIComponent(regulationId)}`,
          csrf: c.var.csrfToken(),
          values,
          errors,
          accessibilityOn: await findAccessibilityOn(deps.db.kysely),
        }),
        before: (
          <PaperFields
            date={{
              label: t('survey:paper.answeredOn.label'),
              hint: t('survey:paper.answeredOn.hint'),
              value: value('answeredOn'),
              error: fieldError(errors, 'answeredOn', t),
            }}
            channel={{
              legend: t('survey:paper.channel.legend'),
              items: channels.map((ch) => ({
                value: ch,
                text: ch === 'unknown'
                  ? t('survey:paper.channel.unknown')
                  : t(`catalog:channels.${ch}`),
                checked: value('channel') === ch,
              })),
              error: fieldError(errors, 'channel', t),
            }}
          />
        ),
      }}
    />,
    { title: t('survey:paper.title'), hasErrors },
  )
}
