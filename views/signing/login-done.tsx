/** After an EDS login for which a new demo certificate had to be issued: say so, then go on. */
import { Button } from '../components/button.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { Panel } from '../components/panel.tsx'

/** Props of LoginDonePage; strings already translated. */
export interface LoginDonePageProps {
  readonly title: string
  readonly noticeTitle: string
  readonly notice: string
  readonly continueHref: string
  readonly continueText: string
}

/** Renders the page. */
export function LoginDonePage(p: LoginDonePageProps) {
  return (
    <div class='narrow'>
      <Panel titleText={p.title} />
      <NotificationBanner titleText={p.noticeTitle}>{p.notice}</NotificationBanner>
      <Button href={p.continueHref}>{p.continueText}</Button>
    </div>
  )
}
