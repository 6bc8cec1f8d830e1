/**
 * Runs under `deno test` (deno task smoke): the same app boots on Deno with its platform,
 * migrates a fresh SQLite file and answers the health check and a page in both languages.
 */
import { boot } from '../../src/boot.ts'
import { denoPlatform } from '../../src/platform/deno.ts'

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

Deno.test('the app boots on Deno and serves /healthz and pages', async () => {
  const dir = await Deno.makeTempDir()
  const booted = await boot(
    {
      NODE_ENV: 'test',
      DATABASE_URL: `${dir}/smoke.sqlite`,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
    },
    denoPlatform,
  )
  assert(booted, 'boot returned nothing')
  try {
    const health = await booted.app.fetch(new Request('http://localhost/healthz'))
    assert(health.status === 200, `healthz answered ${health.status}`)
    const body = await health.json()
    assert(
      body.status === 'ok' && body.database === 'sqlite',
      `healthz said ${JSON.stringify(body)}`,
    )
    for (const lang of ['kk', 'ru']) {
      const page = await booted.app.fetch(new Request(`http://localhost/${lang}`))
      const html = await page.text()
      assert(page.status === 200, `/${lang} answered ${page.status}`)
      assert(html.includes(`<html lang="${lang}">`), `/${lang} has no <html lang="${lang}">`)
    }
    const missing = await booted.app.fetch(new Request('http://localhost/en/x'))
    assert(missing.status === 404, `/en/x answered ${missing.status}`)
  } finally {
    await booted.db.close()
    await Deno.remove(dir, { recursive: true })
  }
})
