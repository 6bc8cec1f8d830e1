/**
 * The stylesheet and scripts, served from memory under versioned URLs and cached forever.
 * The bytes are read from disk by `platform/` at start; the core only serves them.
 */
import { Hono } from 'hono'
import { sha256Hex } from '../lib/ids.ts'

/** One file as read from disk. */
export interface AssetFile {
  readonly body: string
  /** Part of the URL: the package version, or omitted to use a content hash. */
  readonly version?: string
}

/** The files the application serves; `platform/` reads them. */
export interface AssetSources {
  readonly css: AssetFile
  readonly htmx: AssetFile
  /** The NCALayer client, loaded only by the signing and EDS-login pages. */
  readonly ncalayer: AssetFile
}

/** The public URLs of the assets, for the layout. */
export interface AssetUrls {
  readonly css: string
  readonly htmx: string
  readonly ncalayer: string
}

/** Served assets: their URLs and a sub-app answering them. */
export interface Assets {
  readonly urls: AssetUrls
  readonly routes: Hono
}

const TYPES = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' }

/** Builds versioned URLs (`/assets/app.<hash>.css`, `/assets/htmx-<version>.min.js`). */
export async function createAssets(sources: AssetSources): Promise<Assets> {
  const cssVersion = sources.css.version ?? (await sha256Hex(sources.css.body)).slice(0, 12)
  const htmxVersion = sources.htmx.version ?? (await sha256Hex(sources.htmx.body)).slice(0, 12)
  const ncalayerVersion = sources.ncalayer.version ??
    (await sha256Hex(sources.ncalayer.body)).slice(0, 12)
  const files = new Map<string, { body: string; type: string }>([
    [`app.${cssVersion}.css`, { body: sources.css.body, type: TYPES.css }],
    [`htmx-${htmxVersion}.min.js`, { body: sources.htmx.body, type: TYPES.js }],
    [`ncalayer.${ncalayerVersion}.js`, { body: sources.ncalayer.body, type: TYPES.js }],
  ])
  const routes = new Hono()
  routes.get('/:file', (c) => {
    const file = files.get(c.req.param('file'))
    if (!file) return c.notFound()
    c.header('Content-Type', file.type)
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    // The file name carries the content hash; so does the tag (no hashing per request).
    c.header('ETag', `W/"${c.req.param('file')}"`)
    return c.body(file.body)
  })
  return {
    urls: {
      css: `/assets/app.${cssVersion}.css`,
      htmx: `/assets/htmx-${htmxVersion}.min.js`,
      ncalayer: `/assets/ncalayer.${ncalayerVersion}.js`,
    },
    routes,
  }
}
