/**
 * Text safety for documents. Names come from applicants and registries: they may carry bidi
 * overrides, control characters, decomposed letters or symbols no font has. Cleaning makes
 * them inert before layout, so no name can reorder a line or break a page.
 */
import type { Block, DocumentModel, Pair } from './types.ts'

/** What stands in for a character the font cannot draw. */
export const PLACEHOLDER = '\uFFFD'

// Format characters (\p{Cf}) include every bidi embedding, override, isolate and mark, the
// zero-width joiners and the BOM; variation selectors only pick an emoji presentation.
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029\v\f]/g
const CONTROLS = /[\p{Cc}]/gu
// No-break spaces stay: they hold "№ 12" or "10 000" together on one line.
const SPACES = /(?![\u00A0\u202F])\p{Zs}/gu

/** NFC, no invisible or control characters, single spaces, `\n` kept as the only line break. */
export function cleanText(text: string): string {
  return text
    .toWellFormed()
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, (c) => (c === '\n' ? c : ' '))
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Replaces each run of characters the font lacks with one {@link PLACEHOLDER}. */
export function replaceMissing(text: string, has: (codePoint: number) => boolean): string {
  let out = ''
  let missing = false
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === '\n' || has(cp)) {
      out += ch
      missing = false
    } else if (!missing) {
      out += PLACEHOLDER
      missing = true
    }
  }
  return out
}

/** Applies `f` to every human-readable string of the model (not to `lang` or block types). */
export function mapModelText(model: DocumentModel, f: (text: string) => string): DocumentModel {
  const pair = (p: Pair): Pair => ({ label: f(p.label), value: f(p.value) })
  const label = (x: { label: string }) => ({ label: f(x.label) })
  const { subtitle, signature, qr, footer, stamp } = model
  return {
    ...model,
    title: f(model.title),
    meta: model.meta.map(pair),
    sections: model.sections.map((s) => ({
      ...(s.heading === undefined ? {} : { heading: f(s.heading) }),
      blocks: s.blocks.map((b) => mapBlock(b, f)),
    })),
    ...(subtitle === undefined ? {} : { subtitle: f(subtitle) }),
    ...(footer === undefined ? {} : { footer: f(footer) }),
    ...(stamp === undefined ? {} : { stamp: label(stamp) }),
    ...(qr === undefined ? {} : { qr: { url: f(qr.url), caption: f(qr.caption) } }),
    ...(signature === undefined ? {} : {
      signature: {
        lines: signature.lines.map(f),
        ...(signature.demo === undefined ? {} : { demo: label(signature.demo) }),
      },
    }),
  }
}

function mapBlock(block: Block, f: (text: string) => string): Block {
  switch (block.type) {
    case 'paragraph':
    case 'small':
      return { ...block, text: f(block.text) }
    case 'pairs':
      return { ...block, rows: block.rows.map((p) => ({ label: f(p.label), value: f(p.value) })) }
    case 'table':
      return {
        ...block,
        caption: f(block.caption),
        head: block.head.map(f),
        rows: block.rows.map((r) => r.map(f)),
      }
    case 'list':
      return { ...block, items: block.items.map(f) }
  }
}

/** The model with every string cleaned by {@link cleanText}. */
export function cleanModel(model: DocumentModel): DocumentModel {
  return mapModelText(model, cleanText)
}
