/**
 * Signs on the user's behalf (demo CA) in NCALayer's format: CMS SignedData, detached by
 * default, with signed attributes contentType, messageDigest and signingTime, and the signer's
 * certificate included.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import type { HashName } from './algorithms.ts'
import { toBuffer } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import { ecdsaRawToDer } from './ecdsa.ts'
import { importSigningKey } from './keys.ts'
import { alg, cms } from './oids.ts'
import { digest } from './primitives.ts'
import { buildSignedAttributes } from './signed-attributes.ts'

/** Options for signing. */
export interface SignOptions {
  /** Written to the signingTime attribute: the signer's claim, which verifiers do not trust. */
  signingTime: Date
  hash?: HashName
}

const hashOid: Record<HashName, string> = {
  'SHA-256': alg.sha256,
  'SHA-384': alg.sha384,
  'SHA-512': alg.sha512,
}
const ecdsaOid: Record<HashName, string> = {
  'SHA-256': alg.ecdsaWithSha256,
  'SHA-384': alg.ecdsaWithSha384,
  'SHA-512': alg.ecdsaWithSha512,
}
const rsaOid: Record<HashName, string> = {
  'SHA-256': alg.sha256WithRsa,
  'SHA-384': alg.sha384WithRsa,
  'SHA-512': alg.sha512WithRsa,
}

/** A detached CMS SignedData (DER) over `content`; `privateKey` is PKCS#8 DER or a CryptoKey. */
export async function signDetached(
  content: Uint8Array,
  certificate: Uint8Array,
  privateKey: Uint8Array | CryptoKey,
  options: SignOptions,
): Promise<Uint8Array> {
  return await signCms(content, certificate, privateKey, { ...options, attached: false })
}

/** The same, with the content encapsulated (attached). */
export async function signAttached(
  content: Uint8Array,
  certificate: Uint8Array,
  privateKey: Uint8Array | CryptoKey,
  options: SignOptions,
): Promise<Uint8Array> {
  return await signCms(content, certificate, privateKey, { ...options, attached: true })
}

async function signCms(
  content: Uint8Array,
  certificate: Uint8Array,
  privateKey: Uint8Array | CryptoKey,
  options: SignOptions & { attached: boolean },
): Promise<Uint8Array> {
  const cert = parseCertificate(certificate).cert
  const key = privateKey instanceof Uint8Array
    ? await importSigningKey(privateKey, cert.subjectPublicKeyInfo, options.hash)
    : privateKey
  const hash = rsaKeyHash(key) ?? options.hash ?? 'SHA-256'
  const attributes = buildSignedAttributes(await digest(hash, content), options.signingTime)
  const toSign = new Uint8Array(
    new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER(),
  )
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: hashOid[hash] }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: signatureAlgorithm(key, hash),
    signature: new asn1js.OctetString({ valueHex: toBuffer(await rawSign(key, hash, toSign)) }),
  })
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: hashOid[hash] })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cms.data }),
    certificates: [cert],
    signerInfos: [signerInfo],
  })
  // Set after construction: the constructor would split it into a BER constructed string.
  if (options.attached) {
    signedData.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toBuffer(content) })
  }
  const info = new pkijs.ContentInfo({
    contentType: cms.signedData,
    content: signedData.toSchema(),
  })
  return new Uint8Array(info.toSchema().toBER())
}

function signatureAlgorithm(key: CryptoKey, hash: HashName): pkijs.AlgorithmIdentifier {
  if (key.algorithm.name === 'RSA-PSS') {
    const hashId = new pkijs.AlgorithmIdentifier({ algorithmId: hashOid[hash] })
    const params = new pkijs.RSASSAPSSParams({
      hashAlgorithm: hashId,
      maskGenAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: alg.mgf1,
        algorithmParams: hashId.toSchema(),
      }),
      saltLength: hashBytes(hash),
    })
    return new pkijs.AlgorithmIdentifier({
      algorithmId: alg.rsaPss,
      algorithmParams: params.toSchema(),
    })
  }
  if (key.algorithm.name === 'ECDSA') {
    return new pkijs.AlgorithmIdentifier({ algorithmId: ecdsaOid[hash] })
  }
  return new pkijs.AlgorithmIdentifier({
    algorithmId: rsaOid[hash],
    algorithmParams: new asn1js.Null(),
  })
}

async function rawSign(key: CryptoKey, hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  const name = key.algorithm.name
  const params = name === 'ECDSA'
    ? { name, hash }
    : name === 'RSA-PSS'
    ? { name, saltLength: hashBytes(hash) }
    : { name }
  const signature = new Uint8Array(await crypto.subtle.sign(params, key, toBuffer(data)))
  return name === 'ECDSA' ? ecdsaRawToDer(signature) : signature
}

// An RSA CryptoKey is bound to one hash; the attributes and algorithm identifiers must use it.
function rsaKeyHash(key: CryptoKey): HashName | null {
  const hash = (key.algorithm as { hash?: { name?: string } }).hash?.name
  return hash === 'SHA-256' || hash === 'SHA-384' || hash === 'SHA-512' ? hash : null
}

function hashBytes(hash: HashName): number {
  return Number(hash.slice(4)) / 8
}
