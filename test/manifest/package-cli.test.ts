import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, makeTempRepo, unzip, type TempRepo } from './helpers';

/** Runs `npm run package` the way npm does (node scripts/run-ts.js scripts/package.ts), from `cwd`. */
function runPackage(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'scripts', 'run-ts.js'), join(REPO_ROOT, 'scripts', 'package.ts'), ...args],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run package', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
  });
  afterEach(() => repo.cleanup());

  it('packages the dev environment by default and says where the zip is', async () => {
    const { code, stdout, stderr } = runPackage(repo.root, []);
    expect({ code, stderr: stderr.includes('Cannot build') }).toEqual({ code: 0, stderr: false });
    expect(stdout).toContain('Validated against the Teams 1.30 schema (offline) with values from env/.env.dev.');
    expect(stdout).toContain('Wrote build/appPackage.dev.zip: color.png, manifest.json, nl.json, outline.png');
    expect(stderr).toContain('Warning: BOT_ID is the example all-zero id');
    const entries = await unzip(join(repo.root, 'build', 'appPackage.dev.zip'));
    expect(JSON.parse(entries.get('manifest.json')?.toString() ?? '{}').manifestVersion).toBe('1.30');
  });

  it('fails with exit code 1 and names a missing variable, without a stack trace', () => {
    repo.edit('env/.env.dev', (t) => t.replace(/^BOT_ID=.*$/m, ''));
    const { code, stdout, stderr } = runPackage(repo.root, ['--env', 'dev']);
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot build the app package for "dev":');
    expect(stderr).toContain('Missing variable BOT_ID (used in manifest.json /bots/0/botId, manifest.json /composeExtensions/0/botId, manifest.json /copilotAgents/customEngineAgents/0/id)');
    expect(stderr + stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(join(repo.root, 'build', 'appPackage.dev.zip'))).toBe(false);
  });

  it('lets a variable from the shell fill a gap in the env file (and takes --env=<name>)', () => {
    repo.edit('env/.env.dev', (t) => t.replace(/^BOT_ID=.*$/m, ''));
    expect(runPackage(repo.root, ['--env=dev'], { BOT_ID: '11111111-2222-4333-8444-555555555555' }).code).toBe(0);
    expect(existsSync(join(repo.root, 'build', 'appPackage.dev.zip'))).toBe(true);
  });

  it.each([
    { args: ['--env', 'prod'], code: 1, message: 'There is no env/.env.prod. Known environments: dev, playground.' },
    { args: ['--env'], code: 2, message: '--env needs an environment name.' },
    { args: ['--verbose'], code: 2, message: 'Unknown argument "--verbose".' },
  ])('refuses $args with a usage hint', ({ args, code, message }) => {
    const result = runPackage(repo.root, args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });
});
