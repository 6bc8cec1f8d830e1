/**
 * Deno entry: `deno task start` serves, `deno task migrate` only migrates. The same core as
 * on Node; only the server and the platform differ.
 */
import { boot } from './boot.ts'
import { denoPlatform } from './platform/deno.ts'

const mode = Deno.args[0] === 'migrate' ? 'migrate' : 'serve'

try {
  const booted = await boot(Deno.env.toObject(), denoPlatform, mode)
  if (booted) {
    const { app, config, db, logger } = booted
    const jobs = booted.startJobs()
    const controller = new AbortController()
    const server = Deno.serve(
      {
        port: config.port,
        hostname: config.host,
        signal: controller.signal,
        onListen: ({ port }) => {
          logger.info('listening', {
            url: config.publicOrigin,
            port,
            runtime: `deno ${Deno.version.deno}`,
          })
        },
      },
      (request, info) => app.fetch(request, info),
    )
    const stop = (signal: string) => {
      logger.info('stopping', { signal })
      controller.abort()
      void server.finished.then(() => jobs.stop()).then(() => db.close()).then(() => Deno.exit(0))
    }
    Deno.addSignalListener('SIGTERM', () => stop('SIGTERM'))
    Deno.addSignalListener('SIGINT', () => stop('SIGINT'))
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  Deno.exit(1)
}
