/**
 * Every applicant page of intake fits the first round trip on a slow mobile connection: its
 * HTML plus the stylesheet, each gzip-compressed, stay within 14 KB.
 */
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPersons } from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { parse } from '../helpers/html.ts'
import { applyAll, pdfFile, redirected, startPortalDraft, upload } from '../factories/intake.ts'

const LIMIT = 14 * 1024

describe('intake page weight', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ demo: true })
  })
  afterAll(() => t.close())

  it('keeps the HTML and CSS of each applicant page within 14 KB gzip', async () => {
    const sent = await applyAll(t, {
      service: 'zhambyl-veterinary-license',
      kind: 'issue',
      applicantType: 'individual',
      applicant: demoPersons.aliya.iin,
    })
    const c = sent.client
    const draft = await startPortalDraft(c, 'zhambyl-grain-license', 'reissue')
    redirected(await upload(c, draft, 'license-scan', pdfFile('лицензия.pdf')))
    const id = sent.base.split('/').at(-1)
    const paths = [
      '/kk/applications/new?service=zhambyl-veterinary-license&kind=issue',
      draft,
      ...['applicant', 'particulars', 'sub-service', 'documents', 'qualification', 'fee', 'check']
        .map((step) => `${draft}/${step}`),
      `${sent.base}/receipt`,
      '/kk/cabinet',
      `/kk/cabinet/${id}`,
      '/kk/status',
    ]
    const first = await c.get(paths[0]!)
    const css = parse(first.text).querySelector('link[rel="stylesheet"]')?.getAttribute('href')
    const cssBytes = gzipSync((await c.get(css!)).text).length
    const weights: Record<string, number> = {}
    for (const path of paths) {
      const res = await c.get(path)
      expect(res.status, path).toBe(200)
      weights[path] = gzipSync(res.text).length + cssBytes
    }
    const over = Object.entries(weights).filter(([, bytes]) => bytes > LIMIT)
    expect(over).toEqual([])
  })
})
