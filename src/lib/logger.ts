/** Structured JSON logs: one object per line, with a level, a time and a message. */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

/** Where log lines go; `platform/` provides one that writes to stdout/stderr. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
  /** A logger that adds `fields` to every line (e.g. the request id). */
  child(fields: LogFields): Logger
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

/** A JSON-lines logger writing through `write`, dropping lines below `level`. */
export function createLogger(
  write: (line: string, level: LogLevel) => void,
  level: LogLevel = 'info',
  base: LogFields = {},
): Logger {
  function log(lvl: LogLevel, msg: string, fields?: LogFields): void {
    if (order[lvl] < order[level]) return
    const entry = { time: new Date().toISOString(), level: lvl, msg, ...base, ...fields }
    write(JSON.stringify(entry, replaceErrors), lvl)
  }
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (fields) => createLogger(write, level, { ...base, ...fields }),
  }
}

/** A logger that keeps lines in memory; tests read `lines`. */
export function memoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = []
  const logger = createLogger((line) => lines.push(JSON.parse(line)), 'debug')
  return Object.assign(logger, { lines })
}

function replaceErrors(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack }
  }
  return value
}
