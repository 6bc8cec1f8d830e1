/**
 * Environment → typed, frozen configuration. Read once in `main.*.ts`; nothing else reads
 * the environment. Every variable is documented in README.md ("Configuration").
 */
import { z } from 'zod'
import { ConfigError } from './lib/errors.ts'

const DEV_SECRET = 'development-only-secret-never-use-in-production-000'
const DEV_PAYMENT_SECRET = 'development-only-payment-gateway-secret-not-for-production'

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
  DEMO_CA: bool.optional(),
  TRUST_ROOTS_DIR: z.string().min(1).optional(),
  TRUST_CRLS_DIR: z.string().min(1).optional(),
  CRL_REFRESH_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^/\s]+\/?$/, 'must be smtp://… or smtps://…').optional(),
  MAIL_FROM: z.email().optional(),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  MAX_APPLICATION_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  PAYMENT_GATEWAY_SECRET: z.string().min(32).optional(),
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
  /**
   * The built-in demo CA: trusted, and signs for demo accounts after their password. On by
   * default outside production; asking for it in production is a configuration error.
   */
  readonly demoCa: boolean
  /** Where NCA RK's root and intermediate certificates are (PEM or DER files), if anywhere. */
  readonly trustRootsDir: string | null
  /** Where NCA RK's CRLs are (PEM or DER files), re-read every `crlRefreshMinutes`. */
  readonly trustCrlsDir: string | null
  readonly crlRefreshMinutes: number
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error'
  /** SMTP for e-mail notices (`smtp://user:pass@host:587`, `smtps://…`); null: they wait. */
  readonly smtp: { readonly url: string; readonly from: string } | null
  /** scrypt cost as log2(N): 17 (OWASP) by default; tests use less to stay fast. */
  readonly passwordHashCost: number
  /** Drafts untouched this many days are removed (the cabinet warns 14 days before). */
  readonly draftRetentionDays: number
  /** All files of one application together, at most (each file: `maxUploadBytes`). */
  readonly maxApplicationBytes: number
  /** The payment gateway's HMAC secret for its callbacks. */
  readonly paymentGatewaySecret: string
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
  if (production && e.DEMO_CA) {
    throw new ConfigError(
      'Invalid configuration:\n  DEMO_CA: the demo certification authority is never on in production',
    )
  }
  if (production && !e.PAYMENT_GATEWAY_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  PAYMENT_GATEWAY_SECRET: required when NODE_ENV=production',
    )
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError('Invalid configuration:\n  MAIL_FROM: required when SMTP_URL is set')
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
    demoCa: e.DEMO_CA ?? !production,
    trustRootsDir: e.TRUST_ROOTS_DIR ?? null,
    trustCrlsDir: e.TRUST_CRLS_DIR ?? null,
    crlRefreshMinutes: e.CRL_REFRESH_MINUTES,
    logLevel: e.LOG_LEVEL,
    smtp: e.SMTP_URL && e.MAIL_FROM ? { url: e.SMTP_URL, from: e.MAIL_FROM } : null,
    passwordHashCost: e.PASSWORD_HASH_COST,
    draftRetentionDays: e.DRAFT_RETENTION_DAYS,
    maxApplicationBytes: e.MAX_APPLICATION_BYTES,
    paymentGatewaySecret: e.PAYMENT_GATEWAY_SECRET ?? DEV_PAYMENT_SECRET,
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
