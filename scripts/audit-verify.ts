/**
 * Verifies the audit trail's hash chain in the configured database and prints the result:
 *   npm run audit:verify            (DATABASE_URL as for the app)
 * Exits 1 and names the first broken entry when an entry was edited, deleted or reordered.
 */
import process from 'node:process'
import { parseConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/connect.ts'
import { verifyAuditChain } from '../src/modules/audit/index.ts'

const config = parseConfig(process.env)
const db = openDatabase(config.database)
try {
  const check = await verifyAuditChain(db.kysely)
  if (check.ok) {
    console.log(`audit trail intact: ${check.entries} entries, head ${check.head}`)
  } else {
    console.error(
      `audit trail broken at entry ${check.brokenAt} (${check.reason}); ${check.entries} entries before it verify`,
    )
    process.exitCode = 1
  }
} finally {
  await db.close()
}
