/** The footer: where to get help, and what this service is. */
import type { T } from '../../src/i18n.ts'

/** Renders the footer content. */
export function Footer({ t }: { t: T }) {
  return (
    <div class='footer__inner'>
      <p>
        <strong>{t('layout.footer.helpTitle')}</strong> {t('layout.footer.callCenter')}
      </p>
      <p class='body-s'>{t('layout.footer.about')}</p>
    </div>
  )
}
