/** A short page with a heading and a sentence: thanks, already answered, link not valid. */
import { Panel } from '../components/panel.tsx'

/** Props of SurveyMessagePage; strings already translated. */
export interface SurveyMessagePageProps {
  readonly title: string
  readonly body: string
  /** A confirmation (green panel) rather than a problem. */
  readonly success?: boolean
  readonly link?: { readonly href: string; readonly text: string } | undefined
}

/** Renders the page. */
export function SurveyMessagePage(p: SurveyMessagePageProps) {
  return (
    <div class='narrow'>
      {p.success ? <Panel titleText={p.title}>{p.body}</Panel> : (
        <>
          <h1 class='heading-l'>{p.title}</h1>
          <p>{p.body}</p>
        </>
      )}
      {p.link
        ? (
          <p>
            <a href={p.link.href}>{p.link.text}</a>
          </p>
        )
        : null}
    </div>
  )
}
