import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A problem in an env file, naming the file and line so it can be fixed without guessing. */
export class EnvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvFileError';
  }
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
const ENV_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

function unquote(raw: string, where: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const end = raw.indexOf(quote, 1);
    if (end === -1) throw new EnvFileError(`${where}: the value opens a ${quote} quote but never closes it.`);
    const rest = raw.slice(end + 1).trim();
    if (rest !== '' && !rest.startsWith('#')) throw new EnvFileError(`${where}: unexpected text after the quoted value.`);
    const inner = raw.slice(1, end);
    return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
  }
  // Unquoted: a " #" starts a comment, as in the Agents Toolkit's and dotenv's env files.
  const hash = raw.search(/\s#/);
  return (hash === -1 ? raw : raw.slice(0, hash)).trim();
}

/**
 * Parses dotenv-style text (KEY=value, optional `export `, quotes, # comments) into a map; throws EnvFileError
 * naming `fileName` and the line for anything it cannot read, instead of silently skipping it.
 */
export function parseEnvFile(text: string, fileName: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const where = `${fileName}:${index + 1}`;
    const match = LINE.exec(line);
    if (match === null) throw new EnvFileError(`${where}: expected NAME=value, got "${trimmed.slice(0, 60)}".`);
    values[match[1]] = unquote(match[2], where);
  });
  return values;
}

/** The environment names that have a committed env/.env.<name> file, sorted. */
export function listEnvironments(repoRoot: string): string[] {
  const dir = join(repoRoot, 'env');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^\.env\.([^.]+)$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined && ENV_NAME.test(n))
    .sort();
}

export interface LoadedEnvironment {
  /** Merged values: env/.env.<name>, then env/.env.<name>.user, then the shell's variables (last wins). */
  readonly values: Readonly<Record<string, string>>;
  /** Repository-relative files that were read, in order. */
  readonly files: readonly string[];
}

/**
 * Loads env/.env.<envName> (required) and env/.env.<envName>.user (optional secrets), letting `shell` override
 * both, but only for names the files define or `alsoFromShell` lists, so unrelated shell variables stay out.
 */
export function loadEnvironment(
  repoRoot: string,
  envName: string,
  shell: Readonly<Record<string, string | undefined>> = {},
  alsoFromShell: readonly string[] = [],
): LoadedEnvironment {
  if (!ENV_NAME.test(envName)) {
    throw new EnvFileError(`"${envName}" is not an environment name (letters, digits, - and _ only).`);
  }
  const main = join('env', `.env.${envName}`);
  if (!existsSync(join(repoRoot, main))) {
    const known = listEnvironments(repoRoot);
    throw new EnvFileError(
      `There is no ${main}. Known environments: ${known.length > 0 ? known.join(', ') : '(none)'}.`,
    );
  }
  const files = [main];
  const values: Record<string, string> = parseEnvFile(readFileSync(join(repoRoot, main), 'utf8'), main);
  const user = `${main}.user`;
  if (existsSync(join(repoRoot, user))) {
    files.push(user);
    Object.assign(values, parseEnvFile(readFileSync(join(repoRoot, user), 'utf8'), user));
  }
  for (const name of new Set([...Object.keys(values), ...alsoFromShell])) {
    const fromShell = shell[name];
    if (typeof fromShell === 'string') values[name] = fromShell;
  }
  return { values, files };
}
