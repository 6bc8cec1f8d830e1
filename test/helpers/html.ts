/** Parse HTML and ask it the questions tests ask: headings, labels, error links, form fields. */
import { parseHTML } from 'linkedom'

/** A parsed page. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document
}

/** Text of every `h1`. */
export function h1s(doc: Document): string[] {
  return [...doc.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? '')
}

/** The error summary's links as `[href, text]`. */
export function errorSummary(doc: Document): Array<[string, string]> {
  return [...doc.querySelectorAll('.error-summary a')].map((a) => [
    a.getAttribute('href') ?? '',
    a.textContent?.trim() ?? '',
  ])
}

/** Value of a named form control. */
export function fieldValue(doc: Document, name: string): string | undefined {
  const el = doc.querySelector(`[name="${name}"]`)
  if (!el) return undefined
  if (el.tagName === 'TEXTAREA') return el.textContent ?? ''
  return el.getAttribute('value') ?? ''
}
