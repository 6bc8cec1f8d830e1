/**
 * Approval settings for administrators: which organisation is the interested authority of each
 * kind in each region (with a form to add or replace one), and each route's policy.
 */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { type ChoiceItem, Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { Tag } from '../../components/tag.tsx'

/** Options of a select, with the one shown chosen. */
export type Options = ReadonlyArray<{ value: string; text: string; selected: boolean }>

/** One row of the routing table; `organization` is undefined where a regulation needs one. */
export interface RoutingRowView {
  readonly kind: string
  readonly region: string
  readonly organization: string | undefined
}

/** One group of radios of a route's policy. */
export interface PolicyChoiceView {
  readonly idPrefix: string
  readonly name: string
  readonly errorMessage?: FieldError | undefined
  readonly items: readonly ChoiceItem[]
}

/** One route with an approval step and its two choices. */
export interface PolicyRowView {
  readonly heading: string
  readonly service: string
  readonly silence: PolicyChoiceView
  readonly choice: PolicyChoiceView
}

/** Props of ApprovalAdminPage; strings already translated except through `t`. */
export interface ApprovalAdminPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly banner?: string | undefined
  readonly errorList: readonly ErrorItem[]
  readonly routing: readonly RoutingRowView[]
  readonly routeForm: {
    readonly kinds: Options
    readonly regions: Options
    readonly organizations: Options
    readonly errors: Readonly<Record<'kind' | 'region' | 'organizationId', FieldError | undefined>>
  }
  readonly policies: readonly PolicyRowView[]
}

/** Renders the page. */
export function ApprovalAdminPage(p: ApprovalAdminPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={`/${p.lang}/admin`} text={t('identity:admin.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      {p.banner
        ? (
          <NotificationBanner type='success' titleText={t('approval:admin.saved.title')}>
            <p>{p.banner}</p>
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{t('approval:admin.title')}</h1>
      <p>{t('approval:admin.lead')}</p>
      <Routing {...p} />
      <Policies {...p} />
    </>
  )
}

function Routing(p: ApprovalAdminPageProps) {
  const { t } = p
  const f = p.routeForm
  return (
    <>
      <h2 class='heading-m'>{t('approval:admin.routing.title')}</h2>
      {p.routing.length === 0 ? <p>{t('approval:admin.routing.empty')}</p> : (
        <Table
          caption={t('approval:admin.routing.title')}
          captionHidden
          head={['kind', 'region', 'organization'].map((k) => t(`approval:admin.routing.${k}`))}
          rows={p.routing.map((r) => [
            r.kind,
            r.region,
            r.organization ?? <Tag text={t('approval:admin.routing.unassigned')} colour='red' />,
          ])}
        />
      )}
      <h3 class='heading-s'>{t('approval:admin.routing.formTitle')}</h3>
      <p>{t('approval:admin.routing.formLead')}</p>
      <form method='post' action={`/${p.lang}/admin/approvals/authorities`} novalidate>
        <CsrfField token={p.csrf} />
        <Select
          id='kind'
          name='kind'
          label={t('approval:admin.routing.kind')}
          errorMessage={f.errors.kind}
          items={f.kinds}
        />
        <Select
          id='region'
          name='region'
          label={t('approval:admin.routing.region')}
          errorMessage={f.errors.region}
          items={f.regions}
        />
        <Select
          id='organizationId'
          name='organizationId'
          label={t('approval:admin.routing.organization')}
          errorMessage={f.errors.organizationId}
          items={f.organizations}
        />
        <Button>{t('approval:admin.routing.submit')}</Button>
      </form>
    </>
  )
}

function Policies(p: ApprovalAdminPageProps) {
  const { t } = p
  return (
    <>
      <h2 class='heading-m'>{t('approval:admin.policies.title')}</h2>
      <p>{t('approval:admin.policies.lead')}</p>
      {p.policies.length === 0
        ? <p>{t('approval:admin.policies.empty')}</p>
        : (
          <form id='policies-form' method='post' action={`/${p.lang}/admin/approvals/policies`}>
            <CsrfField token={p.csrf} />
            {p.policies.map((r) => (
              <>
                <h3 class='heading-s'>{r.heading}</h3>
                <p>{r.service}</p>
                <Radios {...r.silence} legend={t('approval:admin.policies.silence')} small />
                <Radios {...r.choice} legend={t('approval:admin.policies.choice')} small />
              </>
            ))}
            <Button>{t('approval:admin.policies.submit')}</Button>
          </form>
        )}
    </>
  )
}
