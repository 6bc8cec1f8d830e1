/** The password hasher the platform provides (scrypt through node:crypto). */

/** Hashes and checks passwords; `needsRehash` when the stored cost is not the current one. */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(password: string, stored: string): Promise<{ ok: boolean; needsRehash: boolean }>
}
