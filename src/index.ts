import { ConfigError, describeConfig, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { createBotRuntime } from './bot/runtime';
import { createStorage } from './bot/state/storage';
import { createApp, type AppDeps } from './server/app';
import { closeGracefully } from './server/shutdown';

/** Shows every configuration problem on stderr (no logger exists yet) and exits non-zero. */
function failConfig(err: ConfigError): never {
  console.error(`Enrollment Advisor cannot start:\n${err.problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

function warnIfLocal(config: Config, logger: Logger): void {
  if (config.mode === 'local') {
    logger.warn(
      'LOCAL MODE: authentication is OFF (no MicrosoftAppId), so the server listens on 127.0.0.1 only. ' +
        'Never expose it; set NODE_ENV=production with credentials for real deployments.',
    );
  }
  if (config.mode === 'production' && config.storage.kind === 'memory') {
    logger.warn('STORAGE=memory in production: conversations are lost on restart and not shared between instances.');
  }
}

/** Listens on the configured port (and, in local mode, on loopback only); rejects when the port cannot be opened. */
function listen(server: ReturnType<typeof createApp>, config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // restify re-emits the HTTP server's errors on itself; unhandled, EADDRINUSE would crash with a stack trace.
    server.once('error', reject);
    const done = (): void => {
      server.off('error', reject);
      resolve();
    };
    if (config.host === undefined) server.listen(config.port, done);
    else server.listen(config.port, config.host, done);
  });
}

/** Composition root: config → logger → (storage + bot) → server → listen; stops cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) failConfig(err);
    throw err;
  }
  const logger = createLogger(config);
  logger.info({ config: describeConfig(config) }, 'starting');
  warnIfLocal(config, logger);

  const bot = createBotRuntime({ config, logger, storage: await createStorage(config.storage) });
  const deps: AppDeps = { config, logger, messages: bot.messages, readiness: bot.ready };
  const server = createApp(deps);

  try {
    await listen(server, config);
  } catch (err) {
    // One line, no stack: the usual causes are another process on the port or a port below 1024.
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    const why = code === 'EADDRINUSE' ? 'is already in use by another process' : code === 'EACCES' ? 'needs privileges this process lacks' : `cannot be opened (${code || 'unknown error'})`;
    logger.fatal({ port: config.port, code }, 'cannot listen');
    console.error(`Enrollment Advisor cannot start: port ${config.port} ${why}. Set PORT to a free port.`);
    process.exit(1);
  }
  logger.info({ url: server.url, host: config.host ?? 'all interfaces', publicBaseUrl: config.publicBaseUrl }, 'listening');

  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'stopping: no new connections, finishing in-flight requests');
    void closeGracefully(server.server, logger).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  // The message only: a stack trace helps nobody who is starting the app, and errors may quote configuration.
  console.error(`Enrollment Advisor failed to start: ${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}`);
  process.exit(1);
});
