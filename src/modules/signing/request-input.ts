/** Checks a signature request's input: a malformed one is a programming error (TypeError). */
import type { SignatureRequestInput } from './requests.ts'

const purposes = ['application', 'decision', 'conclusion']

/** Throws a TypeError naming what is wrong with the request. */
export function checkInput(input: SignatureRequestInput): void {
  const fail = (what: string) => {
    throw new TypeError(`createSignatureRequest(): ${what}`)
  }
  if (!purposes.includes(input.purpose)) fail(`unknown purpose "${input.purpose}"`)
  const short = (s: unknown) => typeof s === 'string' && s.length > 0 && s.length <= 100
  if (!short(input.entity?.type) || !short(input.entity?.id)) fail('entity type and id needed')
  if (!short(input.signer?.accountId)) fail('signer account id needed')
  if (!safeReturnPath(input.returnPath)) fail(`unsafe return path "${input.returnPath}"`)
  const e = input.signer.expected
  const twelve = (s: unknown) => typeof s === 'string' && /^\d{12}$/.test(s)
  const ok = e === undefined || e.kind === 'any' || (e.kind === 'individual' && twelve(e.iin)) ||
    (e.kind === 'legal_entity' && twelve(e.bin) && (e.iin === undefined || twelve(e.iin)))
  if (!ok) fail('expected signer must be any, an individual by IIN or a legal entity by BIN')
}

/** A same-site path without the language prefix: `/x/y?z`, never `//host` or `/kk/…`. */
export function safeReturnPath(path: unknown): path is string {
  return typeof path === 'string' && path.length <= 500 &&
    /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%+:@]*$/.test(path) && !/^\/(kk|ru)(\/|$|\?)/.test(path)
}
