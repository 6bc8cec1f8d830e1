/**
 * The signing page and EDS login in Chromium. With JavaScript off: the demo key, the upload of
 * a detached CMS and an error state. With JavaScript on: the NCALayer button appears and
 * `ncalayer.js` signs through NCALayer's WebSocket (played here by the test, which signs with
 * the applicant's demo key like NCALayer would with a key file), under the page's CSP, with
 * no console errors. axe must find nothing in kk and ru; screenshots for a person to look at.
 */
import { serve } from '@hono/node-server'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { boot, type Booted } from '../../src/boot.ts'
import { systemClock } from '../../src/lib/clock.ts'
import { DEMO_PASSWORD, demoPersons } from '../../src/modules/identity/index.ts'
import {
  createSignatureRequest,
  decryptPrivateKey,
  type DemoCredential,
  getSignature,
  signDetached,
} from '../../src/modules/signing/index.ts'
import { fromBase64, toBase64 } from '../../src/modules/signing/bytes.ts'
import { nodePlatform } from '../../src/platform/node.ts'
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  launchBrowser,
  newContext,
  type Page,
  screenshot,
  signIn,
} from './harness.ts'

const available = await chromiumAvailable()
const ALIYA = demoPersons.aliya.iin

describe.skipIf(!available)('signing pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof start>>
  let browser: Browser
  beforeAll(async () => {
    server = await start()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const lang of ['kk', 'ru'] as const) {
    it(`JavaScript off: the demo key, an uploaded CMS and a refused file (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, ALIYA, DEMO_PASSWORD, lang)
      const demo = await request(server.booted, `${lang}-demo`)
      await page.goto(`${server.url}/${lang}/signatures/${demo}`)
      expect(await page.locator('section.ncalayer').isVisible()).toBe(false)
      expect(await page.locator('#signature-file').isVisible()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `signing-page-${lang}`)
      await page.fill('#demo-password', DEMO_PASSWORD)
      await page.click('form:has(#demo-password) button[type="submit"]')
      expect(page.url()).toBe(`${server.url}/${lang}/account?signed=${lang}-demo`)
      expect((await getSignature(server.booted, demo))?.signer?.demo).toBe(true)

      const refused = await request(server.booted, `${lang}-refused`)
      await page.goto(`${server.url}/${lang}/signatures/${refused}`)
      await page.setInputFiles('#signature-file', {
        name: 'broken.p7s',
        mimeType: 'application/pkcs7-signature',
        buffer: Buffer.from('not a signature'),
      })
      await page.click('form:has(#signature-file) button[type="submit"]')
      expect(await page.locator('.error-summary a[href="#signature-file"]').count()).toBe(1)
      expect(await page.locator('#signature-file-error').count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `signing-page-error-${lang}`)

      const uploaded = await request(server.booted, `${lang}-upload`)
      const key = await storedKey(server.booted, 'sign')
      const document = await server.booted.db.kysely.selectFrom('signing_requests')
        .select('document').where('id', '=', uploaded).executeTakeFirstOrThrow()
      const cms = await signDetached(
        new TextEncoder().encode(document.document),
        key.certificate,
        key.privateKey,
        { signingTime: new Date() },
      )
      await page.goto(`${server.url}/${lang}/signatures/${uploaded}`)
      await page.setInputFiles('#signature-file', {
        name: 'application.p7s',
        mimeType: 'application/pkcs7-signature',
        buffer: Buffer.from(cms),
      })
      await page.click('form:has(#signature-file) button[type="submit"]')
      expect(page.url()).toBe(`${server.url}/${lang}/account?signed=${lang}-upload`)
      await page.goto(`${server.url}/${lang}/signatures/${demo}`)
      expect(await page.locator('.document-signature .tag--red').count()).toBe(1)
      await page.click('.document-signature summary')
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `signing-evidence-${lang}`)
      await context.close()
    })

    it(`JavaScript on: NCALayer signs through its WebSocket, no console errors (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: true })
      const page = await context.newPage()
      const errors = watchErrors(page)
      await signIn(page, server.url, ALIYA, DEMO_PASSWORD, lang)
      const id = await request(server.booted, `${lang}-ncalayer`)
      await page.goto(`${server.url}/${lang}/signatures/${id}`)
      const button = page.locator('#ncalayer-button')
      expect(await button.isVisible()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `signing-page-js-${lang}`)
      const ncalayer = { cancel: true, key: await storedKey(server.booted, 'sign') }
      await fakeNcaLayer(page, ncalayer)
      await button.click()
      await expect.poll(() => page.locator('#ncalayer-status').textContent()).toMatch(
        lang === 'kk' ? /тоқтатылды/ : /отменено/,
      )
      expect(await axeViolations(page)).toEqual([])
      ncalayer.cancel = false
      await Promise.all([
        page.waitForURL(`**/${lang}/account?signed=${lang}-ncalayer`),
        button.click(),
      ])
      const stored = await getSignature(server.booted, id)
      expect(stored?.evidence?.method).toBe('ncalayer')
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('JavaScript on: EDS login through NCALayer with the AUTH key (ru)', async () => {
    const context = await newContext(browser, { javaScript: true })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${server.url}/ru/login/eds`)
    expect(await page.locator('#ncalayer-button').isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'eds-login-js-ru')
    await fakeNcaLayer(page, { cancel: false, key: await storedKey(server.booted, 'auth') })
    await Promise.all([page.waitForURL('**/ru/cabinet**'), page.click('#ncalayer-button')])
    expect(errors).toEqual([])
    await context.close()
  })

  it('JavaScript off: EDS login page and its error state (kk)', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/kk/login/eds`)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'eds-login-kk')
    await page.fill('#demo-login', ALIYA)
    await page.click('form:has(#demo-login) button[type="submit"]')
    expect(await page.locator('.error-summary a[href="#demo-password"]').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'eds-login-error-kk')
    await context.close()
  })
})

/** Plays NCALayer on wss://127.0.0.1:13579: greets, then signs or reports a cancel. */
async function fakeNcaLayer(page: Page, options: { cancel: boolean; key: DemoCredential }) {
  await page.routeWebSocket(/127\.0\.0\.1:13579/, (ws) => {
    ws.send(JSON.stringify({ result: { version: '1.4' } }))
    ws.onMessage(async (message) => {
      const request = JSON.parse(String(message))
      expect(request.module).toBe('kz.gov.pki.knca.commonUtils')
      expect(request.method).toBe('createCAdESFromBase64')
      if (options.cancel) {
        ws.send(JSON.stringify({ code: '500', message: 'action.canceled' }))
        return
      }
      const [, , base64, attached] = request.args
      expect(attached).toBe(false)
      const cms = await signDetached(
        fromBase64(base64),
        options.key.certificate,
        options.key.privateKey,
        {
          signingTime: new Date(),
        },
      )
      ws.send(JSON.stringify({ code: '200', responseObject: toBase64(cms) }))
    })
  })
}

function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  return errors
}

async function start() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-signing-'))
  const port = await new Promise<number>((resolve) => {
    const probe = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' }, (info) => {
      probe.close(() => resolve(info.port))
    })
  })
  const booted = (await boot({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_ORIGIN: `http://localhost:${port}`,
    DATABASE_URL: path.join(dir, 'e2e.sqlite'),
    SESSION_SECRET: 'browser-test-secret-browser-test-secret-0',
    LOG_LEVEL: 'error',
    PASSWORD_HASH_COST: '10',
  }, nodePlatform))!
  const server = serve({ fetch: booted.app.fetch, port, hostname: '127.0.0.1' })
  return {
    url: `http://localhost:${port}`,
    booted,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await booted.db.close()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

async function request(b: Booted, id: string): Promise<string> {
  const account = await b.db.kysely.selectFrom('identity_accounts').select('id')
    .where('login', '=', ALIYA).executeTakeFirstOrThrow()
  const made = await createSignatureRequest({ db: b.db, clock: systemClock }, {
    purpose: 'application',
    entity: { type: 'application', id },
    document: { application: id, applicant: { iin: ALIYA }, service: 'KZ-LIC-01' },
    signer: { accountId: account.id, expected: { kind: 'individual', iin: ALIYA } },
    returnPath: `/account?signed=${id}`,
    title: { kk: 'Лицензия алуға өтініш', ru: 'Заявление на получение лицензии' },
    summary: [
      { label: { kk: 'Өтініш беруші', ru: 'Заявитель' }, value: demoPersons.aliya.lastName },
      {
        label: { kk: 'Қызмет', ru: 'Услуга' },
        value: { kk: 'Лицензия беру', ru: 'Выдача лицензии' },
      },
    ],
  })
  return made.id
}

/** Aliya's demo key, as the key file NCALayer would open (made by her first demo signature). */
async function storedKey(b: Booted, usage: 'sign' | 'auth'): Promise<DemoCredential> {
  const row = await b.db.kysely.selectFrom('signing_demo_credentials')
    .innerJoin('identity_accounts', 'identity_accounts.id', 'signing_demo_credentials.account_id')
    .select(['certificate', 'private_key']).where('identity_accounts.login', '=', ALIYA)
    .where('usage', '=', usage).where('revoked_at', 'is', null).executeTakeFirstOrThrow()
  return {
    certificate: fromBase64(row.certificate),
    privateKey: await decryptPrivateKey(row.private_key, DEMO_PASSWORD),
  }
}
