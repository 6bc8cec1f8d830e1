/**
 * Files attached to a conclusion: at most five, each a PDF, JPEG or PNG by its content (the
 * first bytes), not by what the browser claims. The body limit caps their total size.
 */
import type { UploadedFile } from './conclude.ts'

const MAX_FILES = 5
const KINDS: ReadonlyArray<{ type: string; magic: readonly number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
]

/** The attached files of a parsed multipart body, or the locale key of what is wrong. */
export async function readAttachments(
  body: Record<string, unknown>,
): Promise<{ ok: true; files: UploadedFile[] } | { ok: false; error: string }> {
  const raw = body['attachments']
  const items = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is File => v instanceof File && v.size > 0,
  )
  if (items.length > MAX_FILES) return { ok: false, error: 'approval:errors.attachmentCount' }
  const files: UploadedFile[] = []
  for (const item of items) {
    const bytes = new Uint8Array(await item.arrayBuffer())
    const kind = KINDS.find((k) => k.magic.every((b, i) => bytes[i] === b))
    if (!kind) return { ok: false, error: 'approval:errors.attachmentType' }
    files.push({ filename: cleanName(item.name), contentType: kind.type, bytes })
  }
  return { ok: true, files }
}

/** The last path segment, without control characters, at most 200 characters. */
function cleanName(name: string): string {
  // deno-lint-ignore no-control-regex
  const base = name.split(/[\\/]/).at(-1)!.replace(/[\u0000-\u001f\u007f"]/g, '').trim()
  return (base || 'file').slice(-200)
}
