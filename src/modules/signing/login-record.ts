/**
 * The evidence of an EDS login, kept like any signature: a signed request of purpose `login`
 * for the account, the CMS, the certificate and every check, with the audit entry the
 * password login also writes (`login_succeeded`), in one transaction.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { RequestMeta } from '../identity/index.ts'
import { readBinary } from './bytes.ts'
import { sha256Hex } from './canonical.ts'
import type { SigningDeps } from './deps.ts'
import type { LoginSuccess } from './eds-login.ts'
import { insertRequest, insertSignature } from './repo.ts'
import { signatureRow } from './stored-evidence.ts'
import { demoRootId } from './trust-store.ts'

/** Stores the login's signature and evidence and audits it; returns the request id. */
export async function recordLogin(
  deps: SigningDeps,
  login: LoginSuccess,
  input: { method: 'ncalayer' | 'upload' | 'demo'; meta: RequestMeta },
): Promise<string> {
  const now = deps.clock.now().toISOString()
  const id = newId()
  const documentHash = await sha256Hex(login.challenge)
  const row = signatureRow(id, {
    cms: readBinary(login.cms),
    result: login.result,
    method: input.method,
    documentHash,
    demoRootId: await demoRootId(deps),
  })
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertRequest(trx, {
      id,
      purpose: 'login',
      entity_type: 'account',
      entity_id: login.accountId,
      document: new TextDecoder().decode(login.challenge),
      document_hash: documentHash,
      title: null,
      summary: null,
      signer_account_id: login.accountId,
      expected: JSON.stringify({ kind: 'any' }),
      return_path: '/',
      status: 'signed',
      created_at: now,
      signed_at: now,
    })
    await insertSignature(trx, row)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now: deps.clock.now() }, {
      action: 'login_succeeded',
      entityType: 'account',
      entityId: login.accountId,
      actorId: login.accountId,
      ip: input.meta.ip,
      requestId: input.meta.requestId,
      details: {
        method: 'eds',
        via: input.method,
        serial: row.certificate_serial,
        demo: login.result.demo,
        signatureRequest: id,
      },
    })
  })
  return id
}
