/** The signing and EDS-login forms, read from a parsed body. */
import { z } from 'zod'

/** The fields every signing form may carry; which ones count depends on `method`. */
export const signatureForm = z.object({
  nonce: z.string().max(200).catch(''),
  method: z.enum(['ncalayer', 'upload', 'demo']).catch('upload'),
  cms: z.string().max(4 * 1024 * 1024).catch(''),
  password: z.string().max(1000).catch(''),
  login: z.string().max(64).catch(''),
  signature: z.instanceof(Blob).optional().catch(undefined),
})

/** A parsed signing form. */
export type SignatureForm = z.infer<typeof signatureForm>

/** The signature bytes or text a form brought: the file (DER or base64/PEM) or NCALayer's base64. */
export async function cmsOf(form: SignatureForm): Promise<Uint8Array | string> {
  if (form.method === 'ncalayer') return form.cms
  const file = form.signature
  if (!file || file.size === 0) return ''
  const bytes = new Uint8Array(await file.arrayBuffer())
  // DER starts with a SEQUENCE; anything else is read as base64 or PEM text.
  return bytes[0] === 0x30 ? bytes : new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
}
