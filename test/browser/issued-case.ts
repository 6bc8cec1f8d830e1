/**
 * A real case taken to an issued result on the browser harness's server, over HTTP with the
 * forms a browser with JavaScript off sends: the applicant applies on the portal and signs
 * with the demo key, the provider's office registers, the head assigns, the executor decides
 * to grant, the head signs with the demo key, and issuance delivers the result to the cabinet.
 */
import { expect } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/identity/index.ts'
import {
  inputValue,
  payThroughStandIn,
  pdfFile,
  redirected,
  saveStep,
  sendKey,
  signWithDemoKey,
  startPortalDraft,
  upload,
} from '../factories/intake.ts'
import { parse } from '../helpers/html.ts'
import type { TestServer } from './harness.ts'
import { HttpClient } from './http-client.ts'

/** Who applies for what, and which provider's officers (login prefix) decide. */
export interface PortalCase {
  readonly service: string
  readonly applicant: string
  readonly email: string
  readonly officers: string
  readonly lang: 'kk' | 'ru'
}

/** Applies, decides, signs and issues; answers the case's id and number. */
export async function issuedPortalCase(server: TestServer, input: PortalCase) {
  const applied = await apply(server, input)
  const as = async (role: string) => {
    const client = new HttpClient(server)
    await client.signIn(`${input.officers}.${role}`)
    return client
  }
  const step = stepper(applied.caseId)
  await step(await as('office'), 'registration', { outcome: 'done' })
  const head = await as('head')
  const assignPage = parse((await head.get(`/ru/cases/${applied.caseId}`)).text)
  const assignee = [...assignPage.querySelectorAll('#assignee option')]
    .map((o) => o.getAttribute('value')).find(Boolean)
  expect(assignee, 'an executor to assign').toBeTruthy()
  await step(head, 'assignment', { assignee: assignee! })
  await step(await as('executor'), 'draft', { outcome: 'grant' })
  await signDecision(head, step)
  return applied
}

/** The applicant's portal request, signed with the demo key and sent. */
async function apply(server: TestServer, input: PortalCase) {
  const c = new HttpClient(server)
  await c.signIn(input.applicant)
  const base = await startPortalDraft(c, input.service, 'issue', input.lang)
  redirected(
    await saveStep(c, `${base}/applicant`, { phone: '+7 727 250 11 22', email: input.email }),
  )
  redirected(await saveStep(c, `${base}/particulars`, {}))
  // The regulation lists no documents (it refers to the Standard): one scan goes as "other".
  redirected(await upload(c, base, 'other', pdfFile('мақта қоймасы.pdf', 'қойма')))
  const qualification = parse((await c.get(`${base}/qualification`)).text)
  const confirmed = [...qualification.querySelectorAll('input[name="confirmed"]')]
    .map((e) => e.getAttribute('value') ?? '')
  if (confirmed.length) redirected(await saveStep(c, `${base}/qualification`, { confirmed }))
  if ((await c.get(`${base}/fee`)).text.includes(`action="${base}/payment"`)) {
    await payThroughStandIn(c, base)
  }
  expect(await signWithDemoKey(c, base)).toBe(`${base}/submission`)
  const receipt = redirected(await c.post(`${base}/submission`, { key: await sendKey(c, base) }))
  const number = /([A-Z]{3}-\d{4}-\d{6})/.exec((await c.get(receipt)).text)?.[1]
  expect(number, 'the receipt names the case number').toBeTruthy()
  return { caseId: base.split('/').at(-1)!, number: number! }
}

type Step = (client: HttpClient, action: string, fields: Record<string, string>) => Promise<string>

/** Posts one action of the case page with the case's current version; answers the redirect. */
function stepper(caseId: string): Step {
  return async (client, action, fields) => {
    const page = await client.get(`/ru/cases/${caseId}`)
    expect(page.status, page.text.slice(0, 500)).toBe(200)
    const version = inputValue(page.text, 'version')
    return redirected(await client.post(`/ru/cases/${caseId}/${action}`, { version, ...fields }))
  }
}

/** The head asks for the signature, signs on the signing page with the demo key, completes. */
async function signDecision(head: HttpClient, step: Step) {
  const signing = await step(head, 'signature-request', {})
  expect(signing).toMatch(/^\/(kk|ru)\/signatures\/[0-9a-f]+$/)
  const page = parse((await head.get(signing)).text)
  const demo = [...page.querySelectorAll('form')].find((f) =>
    f.querySelector('[name="method"][value="demo"]')
  )
  expect(demo, 'the demo-key form').toBeTruthy()
  const nonce = demo!.querySelector('[name="nonce"]')?.getAttribute('value') ?? ''
  redirected(await head.post(signing, { nonce, method: 'demo', password: DEMO_PASSWORD }))
  await step(head, 'signature', {})
}
