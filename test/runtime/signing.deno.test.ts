/**
 * The signing corpus on Deno (`deno task smoke` runs test/runtime/): the verifier's and the
 * signing flows' vitest suites run with Deno as the runtime, and the app boots on Deno's
 * platform with NCA-style trust files and the demo CA and takes a demo signature over HTTP.
 */
import { boot } from '../../src/boot.ts'
import { systemClock } from '../../src/lib/clock.ts'
import { DEMO_PASSWORD, demoPersons } from '../../src/modules/identity/index.ts'
import {
  createDemoRoot,
  createSignatureRequest,
  getSignature,
  toPem,
} from '../../src/modules/signing/index.ts'
import { denoPlatform } from '../../src/platform/deno.ts'

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

const root = new URL('../../', import.meta.url)
const corpus = [
  'src/modules/signing/',
  'test/flows/signing.test.ts',
  'test/flows/signing-login.test.ts',
  'test/flows/signing-trust.test.ts',
]

Deno.test('the signing corpus passes with Deno as the runtime', async () => {
  const dir = await Deno.makeTempDir()
  try {
    const report = `${dir}/report.json`
    const run = new Deno.Command(Deno.execPath(), {
      args: [
        'run',
        '--allow-all',
        'node_modules/vitest/vitest.mjs',
        'run',
        ...corpus,
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      cwd: root,
      env: { SIGNING_RUNTIME: 'deno', NO_COLOR: '1' },
      stdout: 'piped',
      stderr: 'piped',
    })
    const out = await run.output()
    const json = JSON.parse(await Deno.readTextFile(report))
    const failed = (json.testResults as Array<{ name: string; status: string }>)
      .filter((f) => f.status !== 'passed').map((f) => f.name)
    assert(
      out.code === 0 && json.numFailedTests === 0 && failed.length === 0,
      `vitest on Deno failed in ${failed.join(', ')}:\n${new TextDecoder().decode(out.stderr)}`,
    )
    assert(json.numPassedTests >= 100, `only ${json.numPassedTests} signing tests ran on Deno`)
  } finally {
    await Deno.remove(dir, { recursive: true })
  }
})

Deno.test('the app boots on Deno with trust files and the demo CA, and takes a demo signature', async () => {
  const dir = await Deno.makeTempDir()
  await Deno.mkdir(`${dir}/roots`)
  const nca = await createDemoRoot({ now: new Date(), commonName: 'NCA TEST ROOT (Deno)' })
  await Deno.writeTextFile(`${dir}/roots/root_rsa.pem`, toPem(nca.certificate, 'CERTIFICATE'))
  const booted = await boot({
    NODE_ENV: 'test',
    PUBLIC_ORIGIN: 'http://localhost:3000',
    DATABASE_URL: `${dir}/smoke.sqlite`,
    LOG_LEVEL: 'error',
    PASSWORD_HASH_COST: '10',
    TRUST_ROOTS_DIR: `${dir}/roots`,
  }, denoPlatform)
  assert(booted, 'boot returned nothing')
  try {
    const browser = client(booted.app.fetch)
    const aliya = demoPersons.aliya.iin
    const login = await browser.get('/kk/login')
    const signedIn = await browser.post('/kk/login', {
      _csrf: field(login, '_csrf'),
      login: aliya,
      password: DEMO_PASSWORD,
    })
    assert(signedIn.status === 303, `login answered ${signedIn.status}`)
    const account = await booted.db.kysely.selectFrom('identity_accounts').select('id')
      .where('login', '=', aliya).executeTakeFirstOrThrow()
    const { id } = await createSignatureRequest({ db: booted.db, clock: systemClock }, {
      purpose: 'application',
      entity: { type: 'application', id: 'deno' },
      document: { runtime: 'deno', applicant: aliya },
      signer: { accountId: account.id, expected: { kind: 'individual', iin: aliya } },
      returnPath: '/applications/deno',
    })
    const page = await browser.get(`/kk/signatures/${id}`)
    const signed = await browser.post(`/kk/signatures/${id}`, {
      _csrf: field(page, '_csrf'),
      nonce: field(page, 'nonce'),
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    assert(signed.status === 303, `signing answered ${signed.status}`)
    const status = await getSignature(booted, id)
    assert(status?.status === 'signed' && status.signer?.demo, 'no demo signature stored')
    assert(status.evidence?.checks.every((c) => c.outcome === 'passed'), 'a check did not pass')
  } finally {
    await booted.db.close()
    await Deno.remove(dir, { recursive: true })
  }
})

function field(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]
  assert(value !== undefined, `no ${name} field on the page`)
  return value
}

/** A browser-like client over `fetch`: one cookie jar, same-origin headers. */
function client(fetch: (request: Request) => Response | Promise<Response>) {
  const jar = new Map<string, string>()
  async function send(method: string, path: string, body?: URLSearchParams) {
    const headers = new Headers({ 'sec-fetch-site': 'same-origin' })
    if (body) headers.set('origin', 'http://localhost:3000')
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    const res = await fetch(
      new Request(`http://localhost:3000${path}`, { method, headers, body: body ?? null }),
    )
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const eq = pair.indexOf('=')
      jar.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
    return res
  }
  return {
    get: async (path: string) => await (await send('GET', path)).text(),
    post: async (path: string, form: Record<string, string>) => {
      const res = await send('POST', path, new URLSearchParams(form))
      await res.body?.cancel()
      return res
    },
  }
}
