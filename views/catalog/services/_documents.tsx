/** The documents of a sub-service, grouped by channel and applicant type. */
import type { Lang, T } from '../../../src/i18n.ts'
import type {
  ApplicantType,
  DocumentGroup,
  SubService,
} from '../../../src/modules/catalog/index.ts'
import { inLang, joinLabels, sentence } from '../format.ts'
import { Source } from './_source.tsx'

/** Props of Documents. */
export interface DocumentsProps {
  readonly t: T
  readonly lang: Lang
  readonly list: SubService['documents']
  readonly groups: readonly DocumentGroup[]
  /** The regulation's recipients: a group for all of them says "all applicants". */
  readonly recipients: readonly ApplicantType[]
}

/** Renders the pointer to the standard, if any, then each group's list. */
export function Documents(p: DocumentsProps) {
  const { t, lang, list } = p
  return (
    <>
      {list.status === 'standard_reference'
        ? (
          <p>
            {inLang(lang, list.reference)} <Source of={list.source} />
          </p>
        )
        : null}
      {p.groups.map((g) => (
        <>
          <h4>{groupTitle(p, g)}</h4>
          <ul>
            {g.documents.map((d) => (
              <li>
                {inLang(lang, d.name)}
                {d.form === 'registry' ? ` (${t('catalog:show.documents.registry')})` : ''}
                {d.required ? '' : ` (${t('catalog:show.documents.optional')})`}
                {d.notarizedIfNoOriginal ? ` (${t('catalog:show.documents.notarized')})` : ''}{' '}
                <Source of={d.source} />
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  )
}

function groupTitle({ t, lang, recipients }: DocumentsProps, g: DocumentGroup): string {
  const everyone = recipients.every((r) => g.applicantTypes.includes(r))
  return sentence(
    lang,
    t('catalog:show.documents.group', {
      channels: joinLabels(g.channels.map((c) => t(`catalog:channels.${c}`))),
      applicants: everyone
        ? t('catalog:show.documents.everyone')
        : joinLabels(g.applicantTypes.map((a) => t(`catalog:applicantTypes.${a}`))),
    }),
  )
}
