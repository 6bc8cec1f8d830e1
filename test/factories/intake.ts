/**
 * Intake test helpers: small real files (PDF, PNG, JPEG by their magic bytes), the steps of an
 * application driven over HTTP exactly as a browser with JavaScript off sends them, and
 * `applyAll`, one whole application for any service, sub-service and counter: what each page
 * asks is read from the page (particulars, qualification) or the catalog (required files).
 */
import { expect } from 'vitest'
import {
  documentsFor,
  getRegulationInForce,
  subService,
  type SubServiceKind,
} from '../../src/modules/catalog/index.ts'
import { DEMO_PASSWORD } from '../../src/modules/identity/index.ts'
import type { TestApp, TestClient, TestResponse } from '../helpers/app.ts'
import { parse } from '../helpers/html.ts'

/** A one-page PDF's first bytes and some body; enough for the content check. */
export function pdfFile(name = 'scan.pdf', body = 'demo document'): File {
  return new File([`%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\n% ${body}\n%%EOF\n`], name, {
    type: 'application/pdf',
  })
}

/** A PNG signature and an IHDR-like tail. */
export function pngFile(name = 'photo.png'): File {
  const bytes = new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    73,
    72,
  ])
  return new File([bytes], name, { type: 'image/png' })
}

/** A JPEG start-of-image marker and a few bytes. */
export function jpegFile(name = 'photo.jpg'): File {
  return new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])], name, {
    type: 'image/jpeg',
  })
}

/** The value of a named hidden or text input in a page. */
export function inputValue(html: string, name: string): string {
  const el = parse(html).querySelector(`input[name="${name}"]`)
  return el?.getAttribute('value') ?? ''
}

/** The values of every checkbox or radio with a name. */
export function choiceValues(html: string, name: string): string[] {
  return [...parse(html).querySelectorAll(`input[name="${name}"]`)].map((e) =>
    e.getAttribute('value') ?? ''
  )
}

/** Asserts a 303 and answers its location. */
export function redirected(res: TestResponse): string {
  expect(res.status, res.text.slice(0, 2000)).toBe(303)
  return res.headers.get('location') ?? ''
}

/** Starts a draft; answers its path (`/kk/applications/<id>` or the office one). */
export async function startPortalDraft(
  client: TestClient,
  service: string,
  kind: string,
  lang = 'kk',
): Promise<string> {
  const page = await client.get(`/${lang}/applications/new?service=${service}&kind=${kind}`)
  expect(page.status).toBe(200)
  const startKey = inputValue(page.text, 'startKey')
  return redirected(await client.post(`/${lang}/applications`, { service, kind, startKey }))
}

/** Posts a step form with the draft's current version (read from the step's page). */
export async function saveStep(
  client: TestClient,
  path: string,
  fields: Record<string, string | string[]>,
): Promise<TestResponse> {
  const page = await client.get(path)
  expect(page.status, page.text.slice(0, 500)).toBe(200)
  return await client.post(path, { version: inputValue(page.text, 'version'), ...fields })
}

/** Signs the current request with the signer's demo key; answers where signing returned to. */
export async function signWithDemoKey(client: TestClient, base: string): Promise<string> {
  const signing = redirected(await client.post(`${base}/signature`, {}))
  expect(signing).toMatch(/^\/(kk|ru)\/signatures\/[0-9a-f]+$/)
  const page = await client.get(signing)
  expect(page.status).toBe(200)
  const nonce = inputValue(page.text, 'nonce')
  return redirected(
    await client.post(signing, { nonce, method: 'demo', password: DEMO_PASSWORD }),
  )
}

/** Opens the send page and answers its one-time key. */
export async function sendKey(client: TestClient, base: string): Promise<string> {
  const page = await client.get(`${base}/submission`)
  expect(page.status, page.text.slice(0, 3000)).toBe(200)
  const key = inputValue(page.text, 'key')
  expect(key).not.toBe('')
  return key
}

/** Uploads a file for a checklist document; answers the response. */
export function upload(client: TestClient, base: string, document: string, file: File) {
  return client.post(`${base}/documents`, { document, file })
}

/** Pays through the local stand-in gateway (portal). */
export async function payThroughStandIn(client: TestClient, base: string): Promise<void> {
  const gateway = redirected(await client.post(`${base}/payment`, {}))
  expect(gateway).toMatch(/^\/(kk|ru)\/payments\/[0-9a-f]+$/)
  const page = await client.get(gateway)
  expect(page.status).toBe(200)
  redirected(await client.post(`${gateway}/confirmation`, {}))
}

/** Who applies, and through which counter. */
export interface FlowInput {
  readonly service: string
  readonly kind: SubServiceKind
  readonly applicantType: 'individual' | 'sole_proprietor' | 'legal_entity'
  /** The applicant's IIN/BIN (the login on the portal). */
  readonly applicant: string
  /** The officer's login for the office or PSC; absent for the portal. */
  readonly officer?: string
  readonly representative?: { iin: string; poa: string }
  readonly lang?: 'kk' | 'ru'
}

/** Runs the whole application; answers the receipt path and the number. */
export async function applyAll(t: TestApp, input: FlowInput) {
  const lang = input.lang ?? 'kk'
  const c = t.client()
  await c.signIn(input.officer ?? input.applicant)
  const base = input.officer ? await startAtCounter(c, input, lang) : await startPortalDraft(
    c,
    input.service,
    input.kind,
    lang,
  )
  redirected(await saveStep(c, `${base}/applicant`, { phone: '+7 701 000 11 22', email: '' }))
  if (input.officer) {
    const rep = input.representative
    redirected(
      await saveStep(
        c,
        `${base}/representative`,
        rep
          ? { hasRepresentative: 'yes', representativeIin: rep.iin, poaNumber: rep.poa }
          : { hasRepresentative: 'no' },
      ),
    )
  }
  await fillParticulars(c, base)
  await uploadRequired(t, c, base, input)
  await confirmQualification(c, base)
  await payFee(c, base, Boolean(input.officer))
  expect(await signWithDemoKey(c, base)).toBe(`${base}/submission`)
  const key = await sendKey(c, base)
  const first = redirected(await c.post(`${base}/submission`, { key }))
  expect(redirected(await c.post(`${base}/submission`, { key }))).toBe(first)
  const receipt = await c.get(first)
  expect(receipt.status).toBe(200)
  const number = /([A-Z]{3}-\d{4}-\d{6})/.exec(receipt.text)?.[1] ?? ''
  return { client: c, base, receipt: first, number, html: receipt.text }
}

async function startAtCounter(c: TestClient, input: FlowInput, lang: string): Promise<string> {
  const page = await c.get(`/${lang}/office/applications/new`)
  expect(page.status).toBe(200)
  return redirected(
    await c.post(`/${lang}/office/applications`, {
      startKey: inputValue(page.text, 'startKey'),
      service: input.service,
      kind: input.kind,
      applicantType: input.applicantType,
      iinOrBin: input.applicant,
    }),
  )
}

async function fillParticulars(c: TestClient, base: string): Promise<void> {
  const page = await c.get(`${base}/particulars`)
  const doc = parse(page.text)
  const fields: Record<string, string | string[]> = {}
  if (doc.querySelector('input[name="licenseNumber"]')) fields['licenseNumber'] = 'KZ71VEJ00012345'
  const reason = doc.querySelector('input[name="reissueReason"]')
  if (reason) fields['reissueReason'] = reason.getAttribute('value') ?? ''
  if (doc.querySelector('textarea[name="reissueReasonText"]')) {
    fields['reissueReasonText'] = 'Заңды тұлғаның атауы өзгерді'
  }
  if (doc.querySelector('input[name="duplicateCause"]')) fields['duplicateCause'] = 'lost'
  const subtype = doc.querySelector('input[name="activitySubtypes"]')
  if (subtype) fields['activitySubtypes'] = [subtype.getAttribute('value') ?? '']
  redirected(await saveStep(c, `${base}/particulars`, fields))
}

async function uploadRequired(t: TestApp, c: TestClient, base: string, input: FlowInput) {
  const version = await getRegulationInForce(
    { db: t.db, clock: t.clock },
    input.service,
    t.clock.now(),
  )
  const sub = subService(version!.definition, input.kind)!
  const channel = input.officer
    ? (input.officer.includes('.operator') ? 'psc' : 'office')
    : 'portal'
  const required = documentsFor(sub, input.applicantType, channel)
    .filter((d) => d.form === 'upload' && d.required)
  for (const d of required) redirected(await upload(c, base, d.id, pdfFile(`${d.id}.pdf`)))
  if (!required.length) redirected(await upload(c, base, 'other', pdfFile('құжат.pdf')))
}

async function confirmQualification(c: TestClient, base: string): Promise<void> {
  const page = await c.get(`${base}/qualification`)
  const ids = [...parse(page.text).querySelectorAll('input[name="confirmed"]')].map((e) =>
    e.getAttribute('value') ?? ''
  )
  if (ids.length) redirected(await saveStep(c, `${base}/qualification`, { confirmed: ids }))
}

async function payFee(c: TestClient, base: string, counter: boolean): Promise<void> {
  const page = await c.get(`${base}/fee`)
  if (counter && page.text.includes('name="receiptNumber"')) {
    redirected(
      await c.post(`${base}/payment`, { receiptNumber: 'КВ-000731', paidOn: '2026-03-01' }),
    )
  } else if (!counter && page.text.includes(`action="${base}/payment"`)) {
    await payThroughStandIn(c, base)
  }
}
