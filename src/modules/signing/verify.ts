/**
 * `verifySignature`: the whole server-side decision on one CMS signature, as a fixed sequence of
 * checks (parse, algorithm, content, signature, chain, validity, revocation, keyUsage,
 * identity). The first failure decides the code; no exception escapes.
 */
import { resolveSignature, type SignatureAlgorithm } from './algorithms.ts'
import { buildChain } from './chain.ts'
import type { CertInfo } from './certificate.ts'
import { CheckLog } from './checks.ts'
import { parseCms, type ParsedCms } from './cms.ts'
import { success } from './evidence.ts'
import { checkIdentity } from './identity.ts'
import { formatName } from './names.ts'
import { checkRevocation } from './revocation.ts'
import { checkContent, checkSignature } from './signer-info.ts'
import type { TrustedRoot, TrustStore } from './trust.ts'
import type { CheckName, Expected, Outcome, Purpose, VerificationResult } from './types.ts'
import { checkKeyUsage, checkValidity } from './validity.ts'

/** What to verify and against what. */
export interface VerifyInput {
  /** The CMS SignedData: DER bytes, or base64 / PEM text. */
  cms: Uint8Array | string
  /** The document's canonical bytes; an attached signature must encapsulate exactly these. */
  content: Uint8Array
  trust: TrustStore
  /** The trusted time: when we received the signature. */
  at: Date
  purpose: Purpose
  expected: Expected
}

interface Context {
  input: VerifyInput
  parsed?: ParsedCms
  algorithm?: SignatureAlgorithm
  chain?: { path: CertInfo[]; root: TrustedRoot }
}

type Step = (ctx: Context) => Outcome | Promise<Outcome>

const steps: ReadonlyArray<readonly [CheckName, Step]> = [
  ['parse', parseStep],
  ['algorithm', algorithmStep],
  ['content', contentStep],
  ['signature', signatureStep],
  ['chain', chainStep],
  ['validity', validityStep],
  ['revocation', revocationStep],
  ['keyUsage', keyUsageStep],
  ['identity', identityStep],
]

/**
 * Verifies a CMS signature over `content`. Resolves to the signer and the evidence, or to the
 * first failed check's code; every check is listed either way. Throws only on a programming
 * error (an invalid `at`), never on bad input.
 */
export async function verifySignature(input: VerifyInput): Promise<VerificationResult> {
  if (!(input.at instanceof Date) || Number.isNaN(input.at.getTime())) {
    throw new TypeError('verifySignature() needs a valid `at` date')
  }
  const log = new CheckLog(input.at)
  const ctx: Context = { input }
  for (const [name, step] of steps) {
    let outcome: Outcome
    try {
      outcome = await step(ctx)
    } catch (error) {
      outcome = { ok: false, code: 'malformed', detail: `${name}: ${String(error)}` }
    }
    if (!outcome.ok) return log.fail(name, outcome.code, outcome.detail)
    log.pass(name, outcome.detail)
  }
  return success(
    { parsed: need(ctx.parsed), algorithm: need(ctx.algorithm), ...need(ctx.chain) },
    log,
  )
}

function parseStep(ctx: Context): Outcome {
  const result = parseCms(ctx.input.cms)
  if (!result.ok) return result
  ctx.parsed = result.value
  const mode = result.value.eContent ? 'attached' : 'detached'
  return {
    ok: true,
    detail: `${mode} SignedData, signer "${formatName(result.value.signer.subject)}"`,
  }
}

function algorithmStep(ctx: Context): Outcome {
  const { signerInfo, signer } = need(ctx.parsed)
  const algorithm = resolveSignature(
    signerInfo.signatureAlgorithm,
    signerInfo.digestAlgorithm,
    signer.cert.subjectPublicKeyInfo,
  )
  if (!algorithm.ok) {
    return { ok: false, code: 'unsupported_algorithm', detail: algorithm.algorithm }
  }
  ctx.algorithm = algorithm.value
  return { ok: true, detail: algorithm.value.label }
}

function contentStep(ctx: Context): Promise<Outcome> {
  return checkContent(need(ctx.parsed), ctx.input.content, need(ctx.algorithm).scheme.hash)
}

function signatureStep(ctx: Context): Promise<Outcome> {
  return checkSignature(need(ctx.parsed), ctx.input.content, need(ctx.algorithm))
}

async function chainStep(ctx: Context): Promise<Outcome> {
  const parsed = need(ctx.parsed)
  const result = await buildChain(parsed.signer, ctx.input.trust, parsed.certificates)
  if (!result.ok) return result
  ctx.chain = { path: result.path, root: result.root }
  return { ok: true, detail: result.detail }
}

function validityStep(ctx: Context): Outcome {
  return checkValidity(need(ctx.chain).path, ctx.input.at)
}

function revocationStep(ctx: Context): Promise<Outcome> {
  return checkRevocation(need(ctx.chain).path, ctx.input.trust.crls, ctx.input.at)
}

function keyUsageStep(ctx: Context): Outcome {
  return checkKeyUsage(need(ctx.parsed).signer, ctx.input.purpose)
}

function identityStep(ctx: Context): Outcome {
  return checkIdentity(need(ctx.parsed).signer, ctx.input.expected)
}

function need<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error('verifySignature(): a check ran before the one it depends on')
  }
  return value
}
