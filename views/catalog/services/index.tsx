/** The public list of services: search, region and sector filters (a plain GET form), results. */
import type { Lang, T } from '../../../src/i18n.ts'
import type { Region, RegulationVersion, Sector } from '../../../src/modules/catalog/index.ts'
import { Button } from '../../components/button.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'
import { inLang, joinLabels } from '../format.ts'

/** Props of ServicesPage. */
export interface ServicesPageProps {
  readonly t: T
  readonly lang: Lang
  readonly query: { q: string; region: Region | undefined; sector: Sector | undefined }
  readonly regions: readonly Region[]
  readonly sectors: readonly Sector[]
  readonly maxQueryLength: number
  readonly items: readonly RegulationVersion[]
  /** True when any filter or search is set (the empty state then offers to clear them). */
  readonly filtered: boolean
}

/** Renders the list page body. */
export function ServicesPage(p: ServicesPageProps) {
  const { t, lang } = p
  return (
    <>
      <h1 class='heading-l'>{t('catalog:list.title')}</h1>
      <p class='lead'>{t('catalog:list.lead')}</p>
      <form method='get' action={`/${lang}/services`} role='search' class='filters'>
        <Input
          id='q'
          name='q'
          type='search'
          label={t('catalog:list.search.label')}
          hint={t('catalog:list.search.hint')}
          value={p.query.q}
          maxlength={p.maxQueryLength}
          spellcheck={false}
        />
        <Select
          id='region'
          name='region'
          label={t('catalog:list.region')}
          items={[
            { value: '', text: t('catalog:list.allRegions') },
            ...p.regions.map((r) => ({
              value: r,
              text: t(`catalog:regions.${r}`),
              selected: r === p.query.region,
            })),
          ]}
        />
        <Select
          id='sector'
          name='sector'
          label={t('catalog:list.sector')}
          items={[
            { value: '', text: t('catalog:list.allSectors') },
            ...p.sectors.map((s) => ({
              value: s,
              text: t(`catalog:sectors.${s}`),
              selected: s === p.query.sector,
            })),
          ]}
        />
        <Button>{t('catalog:list.submit')}</Button>
      </form>
      <h2 class='heading-m' id='results'>{t('catalog:list.count', { count: p.items.length })}</h2>
      {p.items.length ? <Results {...p} /> : <Empty {...p} />}
    </>
  )
}

function Results({ t, lang, items }: ServicesPageProps) {
  return (
    <ul class='results' aria-labelledby='results'>
      {items.map(({ definition: r }) => (
        <li>
          <h3 class='heading-s'>
            <a href={`/${lang}/services/${r.id}`}>{inLang(lang, r.name)}</a>
          </h3>
          <p class='body-s'>
            {r.code} · {t(`catalog:regions.${r.region}`)} · {inLang(lang, r.provider.name)}
          </p>
          <p class='body-s muted'>
            {t('catalog:list.subServices')}{' '}
            {joinLabels(r.subServices.map((s) => t(`catalog:subServiceKinds.${s.kind}`)))}
          </p>
        </li>
      ))}
    </ul>
  )
}

function Empty({ t, lang, filtered }: ServicesPageProps) {
  return (
    <>
      <p>{t('catalog:list.empty')}</p>
      <ul>
        <li>{t('catalog:list.emptyTips.spelling')}</li>
        <li>{t('catalog:list.emptyTips.fewerWords')}</li>
      </ul>
      {filtered
        ? (
          <p>
            <a href={`/${lang}/services`}>{t('catalog:list.clear')}</a>
          </p>
        )
        : null}
    </>
  )
}
