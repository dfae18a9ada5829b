import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config';

export type { Logger } from 'pino';

/**
 * Paths whose values never reach a log line: credentials, tokens and connection strings, at the top level and one
 * or two objects deep (pino's redaction needs explicit depths).
 */
export const REDACT_PATHS: readonly string[] = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  '*.authorization',
  '*.headers.authorization',
  'password',
  'appPassword',
  'MicrosoftAppPassword',
  'token',
  'accessToken',
  'access_token',
  'connectionString',
  'key',
  '*.password',
  '*.appPassword',
  '*.MicrosoftAppPassword',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.connectionString',
  '*.key',
  '*.*.password',
  '*.*.appPassword',
  '*.*.token',
  '*.*.connectionString',
  '*.*.key',
];

/**
 * Creates the process logger: structured JSON at config.logLevel with secrets redacted. `destination` lets tests
 * capture the output; production writes to stdout (asynchronously) for App Service log streaming.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'enrollment-advisor' },
    redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  // Asynchronous stdout: under load a write per log line (two per turn) cost more than the line itself; lines written
  // while one write is under way go out together. pino flushes what is left when the process exits.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}
