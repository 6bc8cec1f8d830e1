// Prints a PostgreSQL URL for the CI test database (creating the database if needed), or
// nothing when no server answers on 127.0.0.1:5432. Tries trust auth, then the CI password.
import pg from 'pg'

const candidates = [
  'postgres://postgres@127.0.0.1:5432',
  'postgres://postgres:postgres@127.0.0.1:5432',
]
for (const base of candidates) {
  const admin = new pg.Client({
    connectionString: `${base}/postgres`,
    connectionTimeoutMillis: 3000,
  })
  try {
    await admin.connect()
    const found = await admin.query("select 1 from pg_database where datname = 'elicensing_ci'")
    if (found.rowCount === 0) await admin.query('create database elicensing_ci')
    await admin.end()
    console.log(`${base}/elicensing_ci`)
    process.exit(0)
  } catch {
    await admin.end().catch(() => {})
  }
}
process.exit(1)
