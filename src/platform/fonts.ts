/**
 * Loads the fonts embedded in document PDFs (DejaVu Sans: every Cyrillic letter of Kazakh
 * and Russian). Uses `node:fs/promises`, which Deno provides too, so both entries share it.
 */
import { readFile } from 'node:fs/promises'

const FONT_DIR = new URL('../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url)

/** The regular and bold faces as font file bytes. */
export async function loadDocumentFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all([
    readFont('DejaVuSans.ttf'),
    readFont('DejaVuSans-Bold.ttf'),
  ])
  return { regular, bold }
}

async function readFont(name: string): Promise<Uint8Array> {
  const buffer = await readFile(new URL(name, FONT_DIR))
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
