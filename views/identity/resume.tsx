/** After signing in again: send the form that was posted when the session had ended. */
import type { T } from '../../src/i18n.ts'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'

/** Props of ResumePage. */
export interface ResumePageProps {
  readonly t: T
  readonly csrf: string
  readonly action: string
  readonly fields: ReadonlyArray<readonly [string, string]>
}

/** Renders the page with the kept fields and one button. */
export function ResumePage(p: ResumePageProps) {
  return (
    <div class='narrow'>
      <h1 class='heading-l'>{p.t('identity:resume.title')}</h1>
      <p>{p.t('identity:resume.lead')}</p>
      <form method='post' action={p.action}>
        <CsrfField token={p.csrf} />
        {p.fields.map(([name, value]) => <input type='hidden' name={name} value={value} />)}
        <Button>{p.t('identity:resume.submit')}</Button>
      </form>
    </div>
  )
}
