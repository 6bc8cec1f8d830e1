import { describe, expect, it } from 'vitest'
import { checkBoundaries } from './check-boundaries.ts'

const check = (file: string, source: string) =>
  checkBoundaries(new Map([[file, source]])).map((v) => v.message)

describe('checkBoundaries()', () => {
  it('accepts imports through a module index and of foundations', () => {
    expect(check('src/modules/review/service.ts', "import { x } from '../intake/index.ts'"))
      .toEqual([])
    expect(check('src/modules/intake/service.ts', "import { x } from '../catalog/index.ts'"))
      .toEqual([])
    expect(check('src/db/database.ts', "import type { T } from '../modules/audit/tables.ts'"))
      .toEqual([])
  })

  it('rejects a deep import into another module', () => {
    expect(check('src/modules/review/service.ts', "import { x } from '../intake/repo.ts'")[0])
      .toMatch(/deep import/)
  })

  it('rejects an upstream edge and lets foundations import no lifecycle module', () => {
    expect(check('src/modules/intake/service.ts', "import { x } from '../review/index.ts'")[0])
      .toMatch(
        /only foundations and earlier modules/,
      )
    expect(check('src/modules/catalog/service.ts', "import { x } from '../intake/index.ts'")[0])
      .toMatch(
        /only foundations/,
      )
  })

  it('keeps runtime APIs in the entry points and platform/', () => {
    expect(check('src/modules/intake/service.ts', "import fs from 'node:fs'")[0]).toMatch(
      /runtime APIs/,
    )
    expect(check('src/http/x.ts', 'const a = process.env.X')[0]).toMatch(/process or Deno/)
    expect(check('src/platform/node.ts', "import fs from 'node:fs'\nprocess.stdout")).toEqual([])
  })

  it('keeps views pure and raw() in components', () => {
    expect(
      check('views/intake/new.tsx', "import { x } from '../../src/modules/intake/service.ts'")[0],
    ).toMatch(
      /views get data as props/,
    )
    expect(check('views/intake/new.tsx', "import { raw } from 'hono/html'\nraw(x)")[0]).toMatch(
      /raw\(\)/,
    )
    expect(check('views/components/qr.tsx', 'raw(svg)')).toEqual([])
  })

  it('keeps migrations frozen', () => {
    expect(check('migrations/2026_x.ts', "import { T } from '../src/modules/audit/tables.ts'")[0])
      .toMatch(
        /frozen/,
      )
  })
})
