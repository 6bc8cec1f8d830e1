/** How services, providers and answers are named on pages and in exports. */
import type { Regulation } from '../catalog/index.ts'

/** A service's name with its code, in a language: "S2 · Cotton receipts license". */
export function serviceName(regulation: Regulation, lang: 'kk' | 'ru'): string {
  return `${regulation.code} · ${regulation.name[lang]}`
}
