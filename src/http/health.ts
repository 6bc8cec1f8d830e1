/** `GET /healthz`: 200 after a real round trip to the database, 503 when it cannot be reached. */
import { Hono } from 'hono'
import { sql } from 'kysely'
import type { Db } from '../db/connect.ts'

const TIMEOUT_MS = 2000

/** The health route. */
export function healthRoutes(db: Db): Hono {
  const routes = new Hono()
  routes.get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    try {
      await withTimeout(sql`select 1 as ok`.execute(db.kysely), TIMEOUT_MS)
      return c.json({ status: 'ok', database: db.dialect })
    } catch {
      return c.json({ status: 'unavailable', database: db.dialect }, 503)
    }
  })
  return routes
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
