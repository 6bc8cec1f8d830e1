/** Node.js capabilities for the core: files, logs, client addresses. */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IncomingMessage } from 'node:http'
import type { Platform } from '../boot.ts'
import { loadDocumentFonts } from './fonts.ts'
import { scryptHasher } from './scrypt.ts'
import { connectSmtp } from './smtp.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Certificates and CRLs NCA RK publishes: PEM or DER under these extensions. */
const TRUST_FILE = /\.(pem|crt|cer|der|crl)$/i

/** The Node.js platform. */
export const nodePlatform: Platform = {
  migrations: { fs, path, folder: path.join(root, 'migrations') },
  async readAssets() {
    const htmxPkg = JSON.parse(
      await fs.readFile(path.join(root, 'node_modules/htmx.org/package.json'), 'utf8'),
    )
    return {
      css: { body: await fs.readFile(path.join(root, 'views/assets/app.css'), 'utf8') },
      ncalayer: { body: await fs.readFile(path.join(root, 'views/assets/ncalayer.js'), 'utf8') },
      htmx: {
        body: await fs.readFile(path.join(root, 'node_modules/htmx.org/dist/htmx.min.js'), 'utf8'),
        version: String(htmxPkg.version),
      },
    }
  },
  async ensureParentDir(file) {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true })
  },
  writeLog(line, level) {
    if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`)
    else process.stdout.write(`${line}\n`)
  },
  remoteAddress(_request, env) {
    const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming
    return incoming?.socket?.remoteAddress
  },
  loadFonts: loadDocumentFonts,
  async readTrustFiles(dir) {
    const names = (await fs.readdir(dir)).filter((n) => TRUST_FILE.test(n)).sort()
    return await Promise.all(names.map(async (name) => ({
      name: path.join(dir, name),
      bytes: new Uint8Array(await fs.readFile(path.join(dir, name))),
    })))
  },
  passwordHasher: scryptHasher,
  connectSmtp,
}
