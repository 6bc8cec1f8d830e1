/** A conclusion prepared but not sent: sign it with EDS, then send it. */
import type { T } from '../../src/i18n.ts'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { type ConclusionItem, Conclusions } from './_conclusions.tsx'

/** Props of UnsentConclusion. */
export interface UnsentProps {
  readonly t: T
  readonly item: ConclusionItem
  /** The signing page while unsigned. */
  readonly signHref?: string | undefined
  /** The send form once signed. */
  readonly send?: {
    readonly action: string
    readonly csrf: string
    readonly conclusionId: string
    readonly version: number
  } | undefined
}

/** Renders the prepared conclusion and its next step. */
export function UnsentConclusion(p: UnsentProps) {
  const { t } = p
  return (
    <section aria-labelledby='unsent-title'>
      <h2 class='heading-m' id='unsent-title'>{t('approval:unsent.title')}</h2>
      <Conclusions items={[p.item]} />
      {p.send
        ? (
          <form method='post' action={p.send.action}>
            <CsrfField token={p.send.csrf} />
            <input type='hidden' name='conclusion' value={p.send.conclusionId} />
            <input type='hidden' name='version' value={String(p.send.version)} />
            <p>{t('approval:unsent.signed')}</p>
            <Button>{t('approval:unsent.send')}</Button>
          </form>
        )
        : (
          <>
            <p>{t('approval:unsent.toSign')}</p>
            {p.signHref ? <Button href={p.signHref}>{t('approval:unsent.sign')}</Button> : null}
          </>
        )}
    </section>
  )
}
