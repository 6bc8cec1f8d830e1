/**
 * Environment → typed, frozen configuration. Read once in `main.*.ts`; nothing else reads
 * the environment. Every variable is documented in README.md ("Configuration").
 */
import { z } from 'zod'
import { ConfigError } from './lib/errors.ts'

const DEV_SECRET = 'development-only-secret-never-use-in-production-000'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z.string().min(1).default('./data/e-licensing.sqlite'),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  TRUST_PROXY: bool.default(false),
  DEMO_DATA: bool.optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
})

/** The application's configuration. */
export interface Config {
  readonly env: 'development' | 'production' | 'test'
  readonly host: string
  readonly port: number
  /** Where people reach the service, e.g. `https://elicense.aktobe.gov.kz`; CSRF checks use it. */
  readonly publicOrigin: string
  /** True when `publicOrigin` is HTTPS: cookies get `Secure` and the `__Host-` prefix. */
  readonly secureCookies: boolean
  readonly database: { readonly kind: 'sqlite'; readonly path: string } | {
    readonly kind: 'postgres'
    readonly url: string
  }
  readonly sessionSecret: string
  readonly sessionIdleMinutes: number
  readonly sessionAbsoluteHours: number
  readonly maxBodyBytes: number
  readonly maxUploadBytes: number
  readonly trustProxy: boolean
  /** Load demo organisations, officers and applicants into an empty database. */
  readonly demoData: boolean
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error'
  /** scrypt cost as log2(N): 17 (OWASP) by default; tests use less to stay fast. */
  readonly passwordHashCost: number
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  )
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  const e = parsed.data
  const production = e.NODE_ENV === 'production'
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production',
    )
  }
  if (production && e.PASSWORD_HASH_COST < 15) {
    throw new ConfigError('Invalid configuration:\n  PASSWORD_HASH_COST: at least 15 in production')
  }
  if (production && e.DEMO_DATA) {
    throw new ConfigError(
      'Invalid configuration:\n  DEMO_DATA: demo data is never loaded in production',
    )
  }
  const publicOrigin = new URL(e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`).origin
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicOrigin,
    secureCookies: publicOrigin.startsWith('https:'),
    database: parseDatabaseUrl(e.DATABASE_URL),
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    trustProxy: e.TRUST_PROXY,
    demoData: e.DEMO_DATA ?? !production,
    logLevel: e.LOG_LEVEL,
    passwordHashCost: e.PASSWORD_HASH_COST,
  })
}

/** `postgres://…` and `postgresql://…` select PostgreSQL; anything else is an SQLite path. */
export function parseDatabaseUrl(url: string): Config['database'] {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  const path = url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '')
  return { kind: 'sqlite', path }
}

/** True when the secret is the built-in development one (logged as a warning at start). */
export function usesDevelopmentSecret(config: Config): boolean {
  return config.sessionSecret === DEV_SECRET
}
