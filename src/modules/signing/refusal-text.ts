/** The translated sentence for a refused signature, nonce, form or EDS login. */
import type { T } from '../../i18n.ts'
import type { LoginRefusal } from './eds-login.ts'
import { failureMessage, messageCodes } from './messages.ts'

/** The message for a refusal on the document signing page or the EDS login page. */
export function refusalText(refusal: LoginRefusal, t: T, context: 'document' | 'login'): string {
  if (refusal.code === 'throttled') {
    return t('identity:login.errors.throttled', {
      count: Math.ceil(refusal.retryAfterSeconds / 60),
    })
  }
  if ((messageCodes as readonly string[]).includes(refusal.code)) {
    const { key, values } = failureMessage(refusal as Parameters<typeof failureMessage>[0], context)
    return t(key, values)
  }
  if (refusal.code === 'account_unknown') {
    return t('signing:login.errors.account_unknown', { number: refusal.detail ?? '' })
  }
  const page = context === 'login' ? 'login' : 'page'
  return t(`signing:${page}.errors.${refusal.code}`)
}
