/**
 * `HttpClient`: the tests' cookie-keeping client over real HTTP to the browser harness's
 * server, so the factories' step helpers (which take a `TestClient`) can drive a case there
 * the way a browser with JavaScript off sends its forms.
 */
import { type RequestOptions, TestClient, type TestResponse } from '../helpers/app.ts'
import type { TestServer } from './harness.ts'

/** A `TestClient` whose requests go over the network to the running server. */
export class HttpClient extends TestClient {
  constructor(readonly server: TestServer) {
    // The base class computes the form token from the server's own secret and cookie policy.
    super(server.app, server.config)
  }

  /** Sends one request to the server, as a same-origin form post or page load. */
  override async request(
    method: string,
    path: string,
    body: BodyInit | undefined,
    options: RequestOptions,
  ): Promise<TestResponse> {
    const headers = new Headers({
      'sec-fetch-site': 'same-origin',
      origin: this.server.url,
      ...options.headers,
    })
    if (method === 'GET') headers.delete('origin')
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    if (cookie) headers.set('cookie', cookie)
    const url = path.startsWith('http') ? path : `${this.server.url}${path}`
    const res = await fetch(url, { method, headers, body: body ?? null, redirect: 'manual' })
    this.remember(res.headers)
    return { status: res.status, headers: res.headers, text: await res.text() }
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
}
