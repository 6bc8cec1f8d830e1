/**
 * From a refusal to a translated message: the i18next key in the `signing` namespace and its
 * interpolation values. Routes call `t(message.key, message.values)`.
 */
import { type NonceErrorCode, nonceErrorCodes } from './nonce.ts'
import { type ErrorCode, errorCodes } from './types.ts'

/** Every code with a text under `errors.<code>` in `locales/{kk,ru}/signing.json`. */
export const messageCodes: ReadonlyArray<ErrorCode | NonceErrorCode> = [
  ...errorCodes,
  ...nonceErrorCodes,
]

/** An i18next key and its values. */
export interface Message {
  key: string
  values: Record<string, string>
}

/**
 * The message for a refused signature or nonce; `unsupported_algorithm` names the algorithm.
 * A nonce refused on a document's signing page (`context: 'document'`) is told as such; the
 * default wording is the EDS login's.
 */
export function failureMessage(
  failure: { code: ErrorCode | NonceErrorCode; detail?: string },
  context: 'login' | 'document' = 'login',
): Message {
  const documentNonce = context === 'document' &&
    (nonceErrorCodes as readonly string[]).includes(failure.code)
  const key = documentNonce
    ? `signing:page.errors.${failure.code}`
    : `signing:errors.${failure.code}`
  if (failure.code === 'unsupported_algorithm') {
    return { key, values: { algorithm: failure.detail ?? '?' } }
  }
  return { key, values: {} }
}
