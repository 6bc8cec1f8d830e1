/**
 * Distinguished names as lists of (OID, value), read from the ASN.1 and never from a DN
 * string: `O="ТОО ""Әлем, Құрылыс"""` must not split on its comma, and `O=` must not match `OU=`.
 */
import type * as asn1js from 'asn1js'
import type * as pkijs from 'pkijs'
import { toHex } from './bytes.ts'
import { attr } from './oids.ts'

/** One attribute of a name, in encoding order. */
export interface NameAttribute {
  oid: string
  value: string
}

/** The attributes of a name; a non-string value becomes `#` + hex of its encoding. */
export function readName(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((tv) => ({ oid: tv.type, value: stringValue(tv.value) }))
}

/** Every value of one attribute type. */
export function nameValues(attrs: readonly NameAttribute[], oid: string): string[] {
  return attrs.filter((a) => a.oid === oid).map((a) => a.value)
}

/** The first value of one attribute type. */
export function nameValue(attrs: readonly NameAttribute[], oid: string): string | undefined {
  return attrs.find((a) => a.oid === oid)?.value
}

const shortNames: Record<string, string> = {
  [attr.commonName]: 'CN',
  [attr.surname]: 'SURNAME',
  [attr.serialNumber]: 'SERIALNUMBER',
  [attr.country]: 'C',
  [attr.locality]: 'L',
  [attr.state]: 'ST',
  [attr.organization]: 'O',
  [attr.organizationalUnit]: 'OU',
  [attr.givenName]: 'G',
}

/** A display string in RFC 4514 order and escaping; for people and logs, never for parsing. */
export function formatName(attrs: readonly NameAttribute[]): string {
  return [...attrs]
    .reverse()
    .map((a) => `${shortNames[a.oid] ?? a.oid}=${escapeValue(a.value)}`)
    .join(', ')
}

function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ')
}

function stringValue(value: unknown): string {
  const block = value as { valueBlock?: { value?: unknown }; valueBeforeDecodeView?: Uint8Array }
  if (typeof block.valueBlock?.value === 'string') return block.valueBlock.value
  return `#${toHex((value as asn1js.AsnType).valueBeforeDecodeView ?? new Uint8Array())}`
}
