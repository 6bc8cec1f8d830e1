/** A banner for news the person did not ask for, or the result of what they just did. */
import type { Child } from 'hono/jsx'

/** Props of NotificationBanner; strings already translated. */
export interface NotificationBannerProps {
  readonly titleText: string
  readonly type?: 'info' | 'success'
  readonly children?: Child
}

/** A success banner is a live region so the change is announced. */
export function NotificationBanner(p: NotificationBannerProps) {
  const success = p.type === 'success'
  return (
    <div
      class={`banner${success ? ' banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby='banner-title'
    >
      <div class='banner__header'>
        <h2 class='banner__title' id='banner-title'>{p.titleText}</h2>
      </div>
      <div class='banner__content'>{p.children}</div>
    </div>
  )
}
