/**
 * The canonical bytes of a document: **this is what applicants and heads sign.** An application
 * or a decision is turned into a JSON-serializable value and serialised here; the CMS signature
 * covers exactly these bytes and their SHA-256 is stored with the case, so anyone holding the
 * value can recompute the bytes and check the signature years later.
 *
 * Rules (stable; changing them breaks every stored signature):
 * - UTF-8 JSON with no whitespace; object keys sorted by UTF-16 code units (as RFC 8785);
 * - strings and keys NFC-normalised, so "Ә" typed as one code point or as "А" + combining
 *   mark signs the same;
 * - numbers as ECMAScript prints them (finite only); `undefined` object members are omitted;
 * - only null, booleans, numbers, strings, arrays and plain objects: a Date, Map, class instance,
 *   bigint, cycle, lone surrogate or two keys equal after normalisation throw a TypeError.
 */

/** The canonical JSON text of `value`. */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set())
}

/** The canonical UTF-8 bytes of `value`: the bytes that are signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value))
}

/** Lower-case hex SHA-256 of `bytes` (stored with the case next to the signature). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()))
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError(`canonicalJson: ${path} is not a finite number`)
    }
    return JSON.stringify(value)
  }
  if (typeof value === 'string') return JSON.stringify(text(value, path))
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: ${path} is a ${typeof value}`)
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: ${path} refers to itself`)
  ancestors.add(value)
  try {
    return Array.isArray(value)
      ? writeArray(value, path, ancestors)
      : writeObject(value, path, ancestors)
  } finally {
    ancestors.delete(value)
  }
}

function writeArray(items: unknown[], path: string, ancestors: Set<object>): string {
  return `[${items.map((item, i) => write(item, `${path}[${i}]`, ancestors)).join(',')}]`
}

function writeObject(value: object, path: string, ancestors: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: ${path} is not a plain object`)
  }
  const members = new Map<string, unknown>()
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue
    const name = text(key, `${path} key`)
    if (members.has(name)) {
      throw new TypeError(`canonicalJson: ${path} has two keys equal to "${name}"`)
    }
    members.set(name, member)
  }
  const keys = [...members.keys()].sort()
  const body = keys.map((k) =>
    `${JSON.stringify(k)}:${write(members.get(k), `${path}.${k}`, ancestors)}`
  )
  return `{${body.join(',')}}`
}

function text(value: string, path: string): string {
  if (!value.isWellFormed()) throw new TypeError(`canonicalJson: ${path} has a lone surrogate`)
  return value.normalize('NFC')
}
