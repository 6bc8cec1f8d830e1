import { describe, expect, it } from 'vitest'
import { formatNumber, parseLicenseNumber, seriesOf } from './numbers.ts'

describe('parseLicenseNumber()', () => {
  it('accepts license, attestation and accreditation numbers, trimmed and upper-cased', () => {
    expect(parseLicenseNumber(' akt-lic-2026-0000042 ')).toBe('AKT-LIC-2026-0000042')
    expect(parseLicenseNumber('ZHM-ATT-2027-1234567')).toBe('ZHM-ATT-2027-1234567')
    expect(parseLicenseNumber('VKO-ACC-2026-0000001')).toBe('VKO-ACC-2026-0000001')
  })

  it('refuses refusal numbers, registration numbers, other formats and huge input', () => {
    for (
      const input of [
        'AKT-REF-2026-0000001',
        'AKT-2026-000042',
        'KZ24LAA00012345',
        'AKT-LIC-2026-000042',
        'XYZ-LIC-2026-0000042',
        'AKT-LIC-2026-0000042\u200f',
        'A'.repeat(10_000),
        42,
        undefined,
      ]
    ) expect(parseLicenseNumber(input)).toBeUndefined()
  })
})

describe('formatNumber() and seriesOf()', () => {
  it('pads the sequence to seven digits in the series of the document kind', () => {
    expect(formatNumber('AKT', seriesOf('license'), '2026', 42)).toBe('AKT-LIC-2026-0000042')
    expect(seriesOf('reissued_license')).toBe('LIC')
    expect(seriesOf('attestation')).toBe('ATT')
    expect(seriesOf('accreditation')).toBe('ACC')
    expect([seriesOf('refusal'), seriesOf('return')]).toEqual(['REF', 'REF'])
  })
})
