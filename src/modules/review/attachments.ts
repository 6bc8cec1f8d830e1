/**
 * Files officers attach to a step (an inspection act, a test protocol): PDF, PNG or JPEG,
 * recognised by their first bytes rather than by what the browser claims, at most 10 MB.
 */
import { safeFilename } from './present.ts'
import type { UploadedFile } from './transition.ts'

/** The largest file an officer may attach. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
]

/** The type the bytes show, or undefined. */
export function sniffType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0]
}

/** The posted file field: none, a valid file, or the locale key of what is wrong with it. */
export async function readAttachment(
  value: unknown,
): Promise<{ ok: true; file?: UploadedFile } | { ok: false; error: string }> {
  if (!(value instanceof File) || value.size === 0) return { ok: true }
  if (value.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: 'review:errors.attachmentSize' }
  const bytes = new Uint8Array(await value.arrayBuffer())
  const type = sniffType(bytes)
  if (!type) return { ok: false, error: 'review:errors.attachmentType' }
  return {
    ok: true,
    file: { filename: safeFilename(value.name, 'file'), contentType: type, bytes },
  }
}
