/**
 * Node.js entry: `npm start` serves, `npm run migrate` only migrates. Reads the environment,
 * boots, and serves with @hono/node-server; drains and closes on SIGTERM/SIGINT.
 */
import { serve } from '@hono/node-server'
import process from 'node:process'
import { boot } from './boot.ts'
import { nodePlatform } from './platform/node.ts'

const mode = process.argv[2] === 'migrate' ? 'migrate' : 'serve'

try {
  const booted = await boot(process.env, nodePlatform, mode)
  if (booted) {
    const { app, config, db, logger } = booted
    const jobs = booted.startJobs()
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      logger.info('listening', {
        url: config.publicOrigin,
        port: info.port,
        runtime: `node ${process.version}`,
      })
    })
    // Slow clients: headers within 30 s; a whole upload within 10 minutes (2G/3G).
    Object.assign(server, { headersTimeout: 30_000, requestTimeout: 600_000 })
    const stop = (signal: string) => {
      logger.info('stopping', { signal })
      server.close(() => void jobs.stop().then(() => db.close()).then(() => process.exit(0)))
      setTimeout(() => process.exit(0), 10_000).unref()
    }
    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
