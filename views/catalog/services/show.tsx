/**
 * A service's public page, the "handbook of business processes" the regulations require the
 * provider to publish: who provides it, channels, documents, fees, deadlines, refusal grounds,
 * qualification requirements and the route of each sub-service, with references to the text.
 */
import type { Lang, T } from '../../../src/i18n.ts'
import type {
  DocumentGroup,
  RegulationVersion,
  SubServiceKind,
} from '../../../src/modules/catalog/index.ts'
import { formatDate, inLang } from '../format.ts'
import { About } from './_about.tsx'
import { LegalBasisAndNotes, Qualification, RefusalGrounds } from './_regulation.tsx'
import { Source } from './_source.tsx'
import { SubServiceSection } from './_sub-service.tsx'

/** One version in the list of versions. */
export interface VersionLink {
  readonly version: number
  readonly effectiveFrom: string
  readonly href: string
}

/** Props of ServicePage; the route computes everything, the page only lays it out. */
export interface ServicePageProps {
  readonly t: T
  readonly lang: Lang
  readonly shown: RegulationVersion
  /** The version in force today; a link to it is offered when another one is shown. */
  readonly inForce: VersionLink | undefined
  readonly versions: readonly VersionLink[]
  readonly year: number
  readonly subServices: ReadonlyArray<{
    kind: SubServiceKind
    groups: readonly DocumentGroup[]
    feeTenge: number | undefined
    applyHref: string | undefined
  }>
}

/** Renders the page body. */
export function ServicePage(p: ServicePageProps) {
  const { t, lang } = p
  const r = p.shown.definition
  return (
    <>
      <span class='caption'>
        {r.code} · {t(`catalog:regions.${r.region}`)} · {t(`catalog:sectors.${r.sector}`)}
      </span>
      <h1 class='heading-l'>{inLang(lang, r.name)}</h1>
      <VersionNote {...p} />
      {r.repealNote
        ? (
          <p class='inset'>
            {inLang(lang, r.repealNote.text)} <Source of={r.repealNote.source} />
          </p>
        )
        : null}
      <nav aria-labelledby='contents'>
        <h2 class='heading-s' id='contents'>{t('catalog:show.contents')}</h2>
        <ul>
          {r.subServices.map((s) => (
            <li>
              <a href={`#sub-${s.kind}`}>{inLang(lang, s.name)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <About t={t} lang={lang} regulation={r} />
      {p.subServices.map((s) => (
        <SubServiceSection
          t={t}
          lang={lang}
          regulation={r}
          sub={r.subServices.find((x) => x.kind === s.kind)!}
          groups={s.groups}
          year={p.year}
          feeTenge={s.feeTenge}
          applyHref={s.applyHref}
        />
      ))}
      <RefusalGrounds t={t} lang={lang} regulation={r} />
      <Qualification t={t} lang={lang} regulation={r} />
      <LegalBasisAndNotes t={t} lang={lang} regulation={r} />
      <p class='note'>{t('catalog:show.sourcesExplained')}</p>
    </>
  )
}

function VersionNote({ t, shown, inForce, versions }: ServicePageProps) {
  const current = inForce?.version === shown.version
  return (
    <>
      <p>
        {t('catalog:show.version', {
          version: shown.version,
          date: formatDate(shown.effectiveFrom),
        })}
      </p>
      {!current
        ? (
          <p class='inset'>
            {t('catalog:show.notInForce')} {inForce
              ? (
                <a href={inForce.href}>
                  {t('catalog:show.toCurrent', { version: inForce.version })}
                </a>
              )
              : null}
          </p>
        )
        : null}
      {versions.length > 1
        ? (
          <p class='body-s'>
            {t('catalog:show.allVersions')} {versions.map((v, i) => (
              <>
                {i ? ', ' : ''}
                {v.version === shown.version
                  ? (
                    <strong>
                      {t('catalog:show.versionLink', {
                        version: v.version,
                        date: formatDate(v.effectiveFrom),
                      })}
                    </strong>
                  )
                  : (
                    <a href={v.href}>
                      {t('catalog:show.versionLink', {
                        version: v.version,
                        date: formatDate(v.effectiveFrom),
                      })}
                    </a>
                  )}
              </>
            ))}
          </p>
        )
        : null}
    </>
  )
}
