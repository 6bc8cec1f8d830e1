/** Parts of a service page that belong to the whole regulation: refusal, qualification, notes. */
import type { Lang, T } from '../../../src/i18n.ts'
import type { Regulation } from '../../../src/modules/catalog/index.ts'
import { inLang, joinLabels } from '../format.ts'
import { Source } from './_source.tsx'

/** Props shared by the parts. */
export interface RegulationPartProps {
  readonly t: T
  readonly lang: Lang
  readonly regulation: Regulation
}

type Listed = Regulation['refusalGrounds'] | NonNullable<Regulation['qualification']>

/** The pointer to the national standard when the regulation gives no list. */
function Reference({ lang, list }: { lang: Lang; list: Listed }) {
  return list.status === 'standard_reference'
    ? (
      <p>
        {inLang(lang, list.reference)} <Source of={list.source} />
      </p>
    )
    : null
}

/** The grounds for refusal. */
export function RefusalGrounds({ t, lang, regulation }: RegulationPartProps) {
  const list = regulation.refusalGrounds
  return (
    <>
      <h2 class='heading-m'>{t('catalog:show.refusal')}</h2>
      <Reference lang={lang} list={list} />
      {list.items.length
        ? (
          <ul>
            {list.items.map((g) => (
              <li>
                {inLang(lang, g.text)} <Source of={g.source} />
              </li>
            ))}
          </ul>
        )
        : null}
    </>
  )
}

/** The qualification requirements, those of each activity sub-type after the common ones. */
export function Qualification({ t, lang, regulation }: RegulationPartProps) {
  const q = regulation.qualification
  const subtypes = [undefined, ...(regulation.activitySubtypes ?? [])]
  // An item naming a sub-type the regulation does not list is shown with the common ones.
  const known = new Set(subtypes.map((s) => s?.id))
  const groupOf = (subtype: string | undefined) => (known.has(subtype) ? subtype : undefined)
  return (
    <>
      <h2 class='heading-m'>{t('catalog:show.qualification.title')}</h2>
      {!q ? <p>{t('catalog:show.qualification.none')}</p> : <Reference lang={lang} list={q} />}
      {subtypes.map((sub) => {
        const items = (q?.items ?? []).filter((i) => groupOf(i.subtype) === sub?.id)
        if (!items.length) return null
        return (
          <>
            {sub
              ? <h3>{t('catalog:show.qualification.subtype', { name: inLang(lang, sub.name) })}</h3>
              : null}
            <ul>
              {items.map((i) => (
                <li>
                  {inLang(lang, i.text)}
                  {i.applicantTypes
                    ? ` (${
                      joinLabels(i.applicantTypes.map((a) => t(`catalog:applicantTypes.${a}`)))
                    })`
                    : ''} <Source of={i.source} />
                  {i.evidence
                    ? (
                      <span class='note'>
                        {t('catalog:show.qualification.evidence', {
                          text: inLang(lang, i.evidence),
                        })}
                      </span>
                    )
                    : null}
                </li>
              ))}
            </ul>
          </>
        )
      })}
    </>
  )
}

/** The legal basis and the notes on the regulation, folded away. */
export function LegalBasisAndNotes({ t, lang, regulation }: RegulationPartProps) {
  return (
    <>
      <details>
        <summary>{t('catalog:show.legalBasis')}</summary>
        <ul>
          {regulation.legalBasis.map((b) => (
            <li>
              {inLang(lang, b.text)} <Source of={b.source} />
            </li>
          ))}
        </ul>
      </details>
      {regulation.notes?.length
        ? (
          <details>
            <summary>{t('catalog:show.notes')}</summary>
            <ul>
              {regulation.notes.map((n) => (
                <li>
                  {inLang(lang, n.text)} <Source of={n.source} />
                </li>
              ))}
            </ul>
          </details>
        )
        : null}
    </>
  )
}
