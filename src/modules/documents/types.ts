/**
 * The document model: everything a license, refusal or receipt shows, as plain translated
 * strings. One model feeds both the PDF and the HTML twin, so both always say the same thing.
 */

/** A label and its value, e.g. "ЖСН / БСН" → "990101300123". */
export interface Pair {
  readonly label: string
  readonly value: string
}

/** A paragraph of body text; `\n` starts a new line. */
export interface ParagraphBlock {
  readonly type: 'paragraph'
  readonly text: string
}

/** Key–value rows without column headings (the licensed activity, its sub-type, …). */
export interface PairsBlock {
  readonly type: 'pairs'
  readonly rows: readonly Pair[]
}

/** A table with column headings, e.g. objects and their addresses. */
export interface TableBlock {
  readonly type: 'table'
  readonly caption: string
  readonly head: readonly string[]
  readonly rows: ReadonlyArray<readonly string[]>
}

/** A bullet list, or a numbered one (the attached documents of a receipt). */
export interface ListBlock {
  readonly type: 'list'
  readonly items: readonly string[]
  readonly ordered?: boolean
}

/** Small print: legal notes, the basis of the document. */
export interface SmallBlock {
  readonly type: 'small'
  readonly text: string
}

/** One piece of a section's content. */
export type Block = ParagraphBlock | PairsBlock | TableBlock | ListBlock | SmallBlock

/** A section: an optional heading and its blocks. */
export interface Section {
  readonly heading?: string
  readonly blocks: readonly Block[]
}

/** The signature block: "Signed with EDS by …", "Certificate …", "Signed at …". */
export interface SignatureInfo {
  readonly lines: readonly string[]
  /** Set when a demo certificate signed the document; the label says so on every page. */
  readonly demo?: { readonly label: string }
}

/** A QR code pointing to the public verification page. */
export interface QrInfo {
  readonly url: string
  readonly caption: string
}

/** A whole document, with every string already translated into `lang`. */
export interface DocumentModel {
  readonly lang: 'kk' | 'ru'
  readonly title: string
  readonly subtitle?: string
  /** Sets the PDF's creation and modification dates, so a re-render is byte-identical. */
  readonly issuedAt: Date
  /** The provider, number, date, licensee and IIN/BIN. */
  readonly meta: readonly Pair[]
  readonly sections: readonly Section[]
  readonly signature?: SignatureInfo
  readonly qr?: QrInfo
  readonly footer?: string
  /** A stamp near the title, e.g. "DEMO" or "Deemed issued". */
  readonly stamp?: { readonly label: string }
}

/** The two DejaVu Sans faces, as font file bytes. */
export interface DocumentFonts {
  readonly regular: Uint8Array
  readonly bold: Uint8Array
}
