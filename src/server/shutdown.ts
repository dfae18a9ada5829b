import type { Server as HttpServer } from 'node:http';
import type { Logger } from '../logger';

/** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops accepting connections, lets in-flight requests finish (at most `graceMs`), then resolves. Idle keep-alive
 * connections are closed as soon as they are idle so they do not hold the process open.
 */
export function closeGracefully(server: HttpServer, logger: Logger, graceMs: number = SHUTDOWN_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      logger.warn({ graceMs }, 'in-flight requests did not finish in time; closing their connections');
      server.closeAllConnections();
    }, graceMs);
    timer.unref();
    // A keep-alive connection whose request finishes after close() would otherwise idle until keepAliveTimeout.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    sweeper.unref();
    server.close((err) => {
      clearTimeout(timer);
      clearInterval(sweeper);
      // ERR_SERVER_NOT_RUNNING: already closed, which is what we wanted.
      if (err !== undefined) logger.debug({ err }, 'server was not running');
      logger.info('stopped');
      resolve();
    });
    server.closeIdleConnections();
  });
}
