/** The kiosk's pages: not registered, choose a service, the questionnaire, the messages. */
import type { Context } from 'hono'
import { SurveyPage } from '../../../views/survey/answer.tsx'
import { ChooseServicePage } from '../../../views/survey/choose-service.tsx'
import { SurveyMessagePage } from '../../../views/survey/message.tsx'
import type { AppEnv } from '../../http/env.ts'
import { fieldError, type FieldErrors } from '../../http/forms.ts'
import type { SurveyDeps } from './deps.ts'
import { questionnaireProps, summaryOf } from './form-props.ts'
import { findProvider, issueFormKey, type KioskService } from './kiosks.ts'
import { serviceName } from './names.ts'
import { findAccessibilityOn } from './repo.ts'
import type { KioskRow } from './tables.ts'

type C = Context<AppEnv>

/** A device's kiosk, its services and the one chosen (the only one, or from the request). */
export interface Loaded {
  readonly kiosk: KioskRow
  readonly services: readonly KioskService[]
  readonly service: KioskService | undefined
}

/** 404, as for anyone else's record: the kiosk does not exist for this browser. */
export function unregistered(c: C) {
  const { t } = c.var
  c.status(404)
  return c.render(
    <SurveyMessagePage
      title={t('survey:kiosk.unregistered.title')}
      body={t('survey:kiosk.unregistered.body')}
    />,
    { title: t('survey:kiosk.unregistered.title') },
  )
}

/** A message page with a link back to the form. */
export function message(
  c: C,
  kind: 'thanks' | 'duplicate' | 'hourly',
  status: 200 | 409 | 429,
  link: { href: string; text: string },
) {
  const { t } = c.var
  c.status(status)
  return c.render(
    <SurveyMessagePage
      title={t(`survey:kiosk.${kind}.title`)}
      body={t(`survey:kiosk.${kind}.body`)}
      success={kind === 'thanks'}
      link={link}
    />,
    { title: t(`survey:kiosk.${kind}.title`) },
  )
}

/** A staff session left open on the tablet would be open to every respondent: say so. */
function signedInBanner(c: C) {
  const { t } = c.var
  return c.var.user
    ? { title: t('survey:kiosk.signedIn.title'), text: t('survey:kiosk.signedIn.body') }
    : undefined
}

async function providerLine(deps: SurveyDeps, c: C, kiosk: KioskRow): Promise<string> {
  const provider = await findProvider(deps, kiosk.provider_id)
  return c.var.t('survey:kiosk.provider', { name: provider?.name[c.var.lang] ?? '' })
}

/** The service choice (a GET form); 422 when none or an unknown one was chosen. */
export async function choose(deps: SurveyDeps, c: C, loaded: Loaded, invalid: boolean) {
  const { t, lang } = c.var
  const errors: FieldErrors = invalid ? { service: t('survey:kiosk.errors.service') } : {}
  if (invalid) c.status(422)
  return await c.render(
    <ChooseServicePage
      action={`/${lang}/kiosk/${loaded.kiosk.id}`}
      legend={t('survey:kiosk.chooseService.legend')}
      lines={[await providerLine(deps, c, loaded.kiosk)]}
      items={loaded.services.map((s) => ({
        value: s.regulationId,
        text: serviceName(s.wording.version.definition, lang),
      }))}
      submit={t('survey:kiosk.chooseService.submit')}
      errorTitle={t('form.errorSummaryTitle')}
      errorList={summaryOf(errors)}
      error={fieldError(errors, 'service', t)}
      banner={signedInBanner(c)}
    />,
    { title: t('survey:kiosk.chooseService.legend'), hasErrors: invalid },
  )
}

/** The questionnaire with a one-time form key (a new one unless `formKey` is kept). */
export async function form(
  deps: SurveyDeps,
  c: C,
  loaded: Loaded,
  values: Record<string, unknown>,
  errors: FieldErrors,
  formKey?: string,
  banner?: { title: string; text: string },
  status?: 429,
) {
  const { t, lang } = c.var
  const service = loaded.service!
  const { survey, version } = service.wording
  const key = formKey || (await issueFormKey(deps, loaded.kiosk))
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  if (status) c.status(status)
  return await c.render(
    <SurveyPage
      heading={survey.title[lang]}
      lines={[
        `${t('survey:form.service')}: ${serviceName(version.definition, lang)}`,
        await providerLine(deps, c, loaded.kiosk),
      ]}
      intro={t('survey:form.intro')}
      errorTitle={t('form.errorSummaryTitle')}
      errorList={summaryOf(errors)}
      banner={banner ?? signedInBanner(c)}
      form={questionnaireProps({
        t,
        lang,
        survey,
        action: `/${lang}/kiosk/${loaded.kiosk.id}`,
        csrf: c.var.csrfToken(),
        values,
        errors,
        accessibilityOn: await findAccessibilityOn(deps.db.kysely),
        hidden: [['service', service.regulationId], ['formKey', key]],
      })}
    />,
    { title: survey.title[lang], hasErrors },
  )
}
