import { connectToHost, type HostInfo, type HostSdk } from '../../src/tab/host';

/** A Teams SDK stand-in whose initialize and getContext behave as each row says. */
function sdk(initialize: () => Promise<void>, context: () => Promise<{ locale?: unknown; theme?: unknown }> = async () => ({})): HostSdk {
  return { initialize, getContext: context };
}

const never = (): Promise<never> => new Promise(() => undefined);

interface Row {
  readonly name: string;
  readonly sdk: HostSdk;
  readonly browserLocale: string | undefined;
  readonly expected: HostInfo;
}

const ROWS: readonly Row[] = [
  {
    name: 'Teams in Dutch, dark theme',
    sdk: sdk(async () => undefined, async () => ({ locale: 'nl-NL', theme: 'dark' })),
    browserLocale: 'en-US',
    expected: { inTeams: true, lang: 'nl', theme: 'dark' },
  },
  {
    name: 'Teams in Belgian Dutch, high contrast',
    sdk: sdk(async () => undefined, async () => ({ locale: 'nl-BE', theme: 'contrast' })),
    browserLocale: 'en-US',
    expected: { inTeams: true, lang: 'nl', theme: 'contrast' },
  },
  {
    name: 'Teams in German: English, and an unknown theme is the default',
    sdk: sdk(async () => undefined, async () => ({ locale: 'de-DE', theme: 'sepia' })),
    browserLocale: 'nl-NL',
    expected: { inTeams: true, lang: 'en', theme: 'default' },
  },
  {
    name: 'a plain browser (initialize fails at once) in Dutch',
    sdk: sdk(() => Promise.reject(new Error('Initialization Failed. No Parent window found.'))),
    browserLocale: 'nl',
    expected: { inTeams: false, lang: 'nl', theme: 'default' },
  },
  {
    name: 'a plain browser without a language',
    sdk: sdk(() => Promise.reject(new Error('no parent'))),
    browserLocale: undefined,
    expected: { inTeams: false, lang: 'en', theme: 'default' },
  },
  {
    name: 'initialize works but getContext fails',
    sdk: sdk(async () => undefined, () => Promise.reject(new Error('not supported'))),
    browserLocale: 'nl-NL',
    expected: { inTeams: false, lang: 'nl', theme: 'default' },
  },
];

describe('connecting to Teams', () => {
  test.each(ROWS)('$name', async ({ sdk: host, browserLocale, expected }) => {
    const connection = await connectToHost(host, browserLocale);
    expect(connection.initial).toEqual(expected);
    await expect(connection.late).resolves.toBeUndefined();
  });

  test('a frame that never answers (not Teams) falls back to the browser after the time limit, not later', async () => {
    const started = Date.now();
    const connection = await connectToHost(sdk(never), 'nl-NL', 100);
    const waited = Date.now() - started;
    expect(connection.initial).toEqual({ inTeams: false, lang: 'nl', theme: 'default' });
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(1000);
  });

  test('Teams answering after the time limit is still followed (late context)', async () => {
    let answer: () => void = () => undefined;
    const slow = sdk(
      () => new Promise<void>((resolve) => (answer = resolve)),
      async () => ({ locale: 'nl-NL', theme: 'dark' }),
    );
    const connection = await connectToHost(slow, 'en-US', 20);
    expect(connection.initial).toEqual({ inTeams: false, lang: 'en', theme: 'default' });
    answer();
    await expect(connection.late).resolves.toEqual({ inTeams: true, lang: 'nl', theme: 'dark' });
  });
});
