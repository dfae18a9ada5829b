import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppPackageError, buildAppPackage } from './lib/app-package';
import { EnvFileError } from './lib/env-files';

// `npm run package [-- --env <name>]`: builds build/appPackage.<name>.zip for sideloading (default env: dev).
const USAGE = 'Usage: npm run package [-- --env <name>]   (default: dev; the values come from env/.env.<name>)';

function parseArgs(argv: readonly string[]): { envName: string } | string {
  let envName = 'dev';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--env' || arg === '-e') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) return `${arg} needs an environment name.`;
      envName = next;
      i++;
    } else if (arg.startsWith('--env=')) {
      envName = arg.slice('--env='.length);
    } else if (arg === '--help' || arg === '-h') {
      return '';
    } else {
      return `Unknown argument "${arg}".`;
    }
  }
  return { envName };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args !== '') console.error(args);
    console.error(USAGE);
    return args === '' ? 0 : 2;
  }
  const repoRoot = process.cwd();
  if (!existsSync(join(repoRoot, 'manifest', 'manifest.json'))) {
    console.error('Run this from the repository root (no manifest/manifest.json here).');
    return 2;
  }
  try {
    const result = await buildAppPackage({ repoRoot, envName: args.envName, shellEnv: process.env });
    console.log(`Validated against the Teams ${String(result.manifest.manifestVersion)} schema (offline) with values from ${result.envFiles.join(', ')}.`);
    console.log(`Wrote ${relative(repoRoot, result.zipPath)}: ${result.files.join(', ')}`);
    for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
    return 0;
  } catch (error) {
    if (error instanceof AppPackageError) {
      console.error(`Cannot build the app package for "${args.envName}":`);
      for (const problem of error.problems) console.error(`  - ${problem}`);
      return 1;
    }
    if (error instanceof EnvFileError) {
      console.error(`Cannot build the app package for "${args.envName}": ${error.message}`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Unexpected failure while packaging: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
