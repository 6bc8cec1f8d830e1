/** Deno capabilities for the core: files, logs, client addresses. */
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Platform } from '../boot.ts'
import { loadDocumentFonts } from './fonts.ts'
import { scryptHasher } from './scrypt.ts'
import { connectSmtp } from './smtp.ts'

const root = new URL('../../', import.meta.url)

function read(relative: string): Promise<string> {
  return Deno.readTextFile(new URL(relative, root))
}

/** Kysely's FileMigrationProvider reads a directory and imports each file by path. */
const migrationFs = {
  async readdir(dir: string): Promise<string[]> {
    const names: string[] = []
    for await (const entry of Deno.readDir(dir)) names.push(entry.name)
    return names
  },
}

/** Certificates and CRLs NCA RK publishes: PEM or DER under these extensions. */
const TRUST_FILE = /\.(pem|crt|cer|der|crl)$/i

/** The Deno platform. */
export const denoPlatform: Platform = {
  migrations: { fs: migrationFs, path, folder: fileURLToPath(new URL('migrations', root)) },
  async readAssets() {
    const htmxPkg = JSON.parse(await read('node_modules/htmx.org/package.json'))
    return {
      css: { body: await read('views/assets/app.css') },
      ncalayer: { body: await read('views/assets/ncalayer.js') },
      htmx: {
        body: await read('node_modules/htmx.org/dist/htmx.min.js'),
        version: String(htmxPkg.version),
      },
    }
  },
  async ensureParentDir(file) {
    await Deno.mkdir(path.dirname(path.resolve(file)), { recursive: true })
  },
  writeLog(line, level) {
    if (level === 'error' || level === 'warn') console.error(line)
    else console.log(line)
  },
  remoteAddress(_request, env) {
    const addr = (env as { remoteAddr?: Deno.NetAddr } | undefined)?.remoteAddr
    return addr?.hostname
  },
  loadFonts: loadDocumentFonts,
  async readTrustFiles(dir) {
    const names: string[] = []
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && TRUST_FILE.test(entry.name)) names.push(entry.name)
    }
    names.sort()
    return await Promise.all(names.map(async (name) => ({
      name: path.join(dir, name),
      bytes: await Deno.readFile(path.join(dir, name)),
    })))
  },
  passwordHasher: scryptHasher,
  connectSmtp,
}
