/** An issued document rendered from its stored record: the PDF and the HTML page's props. */
import type { Lang } from '../../i18n.ts'
import { type HtmlDocument, htmlDocument, renderPdf } from '../documents/index.ts'
import { parseData } from './data.ts'
import type { IssuanceDeps } from './deps.ts'
import { documentModel } from './model.ts'
import type { DocumentRow } from './tables.ts'

/** The PDF of a stored document in `lang`: the same bytes every time for the same record. */
export async function documentPdf(
  deps: Pick<IssuanceDeps, 'translator' | 'publicOrigin' | 'fonts'>,
  doc: Pick<DocumentRow, 'data'>,
  lang: Lang,
): Promise<Uint8Array<ArrayBuffer>> {
  const model = documentModel(parseData(doc.data), deps.translator(lang), lang, deps.publicOrigin)
  return await renderPdf(model, deps.fonts)
}

/** The props of the HTML page of a stored document in `lang`. */
export function documentHtml(
  deps: Pick<IssuanceDeps, 'translator' | 'publicOrigin'>,
  doc: Pick<DocumentRow, 'data'>,
  lang: Lang,
): HtmlDocument {
  return htmlDocument(
    documentModel(parseData(doc.data), deps.translator(lang), lang, deps.publicOrigin),
  )
}
