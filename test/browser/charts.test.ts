/// <reference lib="dom" />
/**
 * Both survey charts, fed by the real indicator arithmetic and the real survey locale texts,
 * inside the real page shell with its stylesheet and Content-Security-Policy: the page is the
 * server's start page with its `main` replaced, served at a test-only address on the same origin.
 */
import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import kkSurvey from '../../locales/kk/survey.json' with { type: 'json' }
import ruSurvey from '../../locales/ru/survey.json' with { type: 'json' }
import { surveyIndicators } from '../../src/modules/survey/indicators.ts'
import { monthlyTrend } from '../../src/modules/survey/trend.ts'
import { BarChart } from '../../views/components/bar-chart.tsx'
import { LineChart } from '../../views/components/line-chart.tsx'
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  launchBrowser,
  newContext,
  type Page,
  screenshot,
  startServer,
  type TestServer,
} from './harness.ts'

const available = await chromiumAvailable()
const i18n = i18next.createInstance()
await i18n.init({
  resources: { kk: { survey: kkSurvey }, ru: { survey: ruSurvey } },
  ns: ['survey'],
  defaultNS: 'survey',
  fallbackLng: false,
  interpolation: { escapeValue: false },
})

const counts = { q1: [6, 9, 45], q2: [3, 10, 28] } as const
const rows = [
  { month: '2025-10', counts: { q1: [1, 2, 9], q2: [0, 3, 9] } },
  { month: '2025-11', counts: { q1: [2, 1, 5], q2: [1, 1, 6] } },
  { month: '2026-01', counts: { q1: [0, 1, 14], q2: [1, 2, 12] } },
  { month: '2026-02', counts: { q1: [3, 5, 17], q2: [1, 4, 1] } },
] as const

function chartsHtml(lang: 'kk' | 'ru'): string {
  const t = i18n.getFixedT(lang, 'survey')
  const ind = surveyIndicators(counts)
  const answers = ['satisfied', 'partly', 'notSatisfied'] as const
  const bar = BarChart({
    id: 'shares',
    lang,
    title: t('indicators.charts.shares.title'),
    description: t('indicators.charts.shares.description'),
    series: answers.map((a) => t(`indicators.answers.${a}`)),
    bars: (['q1', 'q2'] as const).map((q) => ({
      label: t('indicators.withCount', {
        indicator: t(`indicators.${q === 'q1' ? 'quality' : 'accessibility'}`),
        count: ind[q].n,
      }),
      n: ind[q].n,
      values: answers.map((a) => ind[q][a]),
    })),
    table: {
      caption: t('indicators.charts.shares.caption'),
      labelHeader: t('indicators.columns.indicator'),
      countHeader: t('indicators.columns.answers'),
    },
    emptyText: t('indicators.noAnswers'),
  })
  const month = new Intl.DateTimeFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU', {
    month: 'short',
    timeZone: 'UTC',
  })
  const line = LineChart({
    id: 'trend',
    lang,
    title: t('indicators.charts.trend.title', { indicator: t('indicators.quality') }),
    description: t('indicators.charts.trend.description'),
    points: monthlyTrend(rows, { from: '2025-09', to: '2026-02' }).map((p) => ({
      label: month.format(new Date(`${p.month}-15T00:00:00Z`)),
      n: p.q1.n,
      ...p.q1.satisfied,
    })),
    table: {
      caption: t('indicators.charts.trend.title', { indicator: t('indicators.quality') }),
      labelHeader: t('indicators.columns.month'),
      valueHeader: t('indicators.columns.satisfiedShare'),
      countHeader: t('indicators.columns.answers'),
    },
    emptyText: t('indicators.noAnswers'),
  })
  return `<h1 class="heading-l">${t('indicators.title')}</h1>${String(bar)}${String(line)}`
}

/** Serves the start page of `lang`, headers and all, with the charts as its main content. */
async function openChartsPage(page: Page, server: TestServer, lang: 'kk' | 'ru'): Promise<void> {
  const url = `${server.url}/${lang}/charts-test`
  await page.route(url, async (route) => {
    const response = await route.fetch({ url: `${server.url}/${lang}` })
    const body = (await response.text()).replace(
      /(<main\b[^>]*>)[\s\S]*(<\/main>)/,
      (_, open, close) => `${open}${chartsHtml(lang)}${close}`,
    )
    const headers = { ...response.headers() }
    delete headers['content-length']
    delete headers['content-encoding']
    await route.fulfill({ status: 200, headers, body })
  })
  const res = await page.goto(url)
  expect(res?.status()).toBe(200)
}

describe.skipIf(!available)('survey charts in Chromium', () => {
  let server: TestServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const lang of ['kk', 'ru'] as const) {
    it(`both charts in ${lang} have no axe violations and break no CSP rule`, async () => {
      for (const javaScript of [true, false]) {
        const context = await newContext(browser, { javaScript })
        const page = await context.newPage()
        const refused: string[] = []
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) refused.push(m.text())
        })
        await openChartsPage(page, server, lang)
        expect(await page.locator('h1').count()).toBe(1)
        expect(await page.locator('svg[role="img"]').count()).toBe(2)
        expect(await page.locator('table').count()).toBe(2)
        // The accessible names come from each chart's title and description.
        const name = await page.getByRole('img').first().getAttribute('aria-labelledby')
        expect(name).toBe('shares-title shares-desc')
        await expect.poll(() => page.getByRole('img', { name: /95/ }).count()).toBe(2)
        expect(await axeViolations(page)).toEqual([])
        expect(refused).toEqual([])
        await screenshot(page, `survey-charts-${lang}${javaScript ? '' : '-nojs'}`)
        await context.close()
      }
    })
  }

  it('the charts scale down on a phone and the tables stay readable', async () => {
    const context = await newContext(browser, { javaScript: false, mobile: true })
    const page = await context.newPage()
    await openChartsPage(page, server, 'kk')
    const width = await page.locator('svg').first().evaluate((svg) =>
      svg.getBoundingClientRect().width
    )
    expect(width).toBeLessThanOrEqual(360)
    expect(width).toBeGreaterThan(250)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-charts-kk-mobile')
    await context.close()
  })
})
