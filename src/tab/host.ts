import { langFromLocale } from '../content/lang';
import type { Lang } from '../content/types';
import { themeFromHost, type ThemeName } from './theme';

/** Where the page runs and how it should look and speak there. */
export interface HostInfo {
  /** True inside a Microsoft 365 host (Teams) that answered app.initialize and app.getContext. */
  readonly inTeams: boolean;
  readonly lang: Lang;
  readonly theme: ThemeName;
}

/** The part of @microsoft/teams-js the tab uses, so the start-up logic can be tested without a host. */
export interface HostSdk {
  initialize(): Promise<void>;
  getContext(): Promise<{ readonly locale?: unknown; readonly theme?: unknown }>;
}

export interface HostConnection {
  /** Known within `timeoutMs`: the host's context, or the browser's language and the default theme. */
  readonly initial: HostInfo;
  /**
   * When the host answered only after the time limit: its context, so the page can still follow Teams' language and
   * theme. Undefined when there is no host or `initial` already came from it.
   */
  readonly late: Promise<HostInfo | undefined>;
}

/** Outside Teams app.initialize never answers (in a foreign frame) or fails; the page does not wait longer than this. */
export const HOST_TIMEOUT_MS = 1500;

async function contextInfo(sdk: HostSdk): Promise<HostInfo> {
  await sdk.initialize();
  const context = await sdk.getContext();
  const locale = typeof context.locale === 'string' ? context.locale : undefined;
  return { inTeams: true, lang: langFromLocale(locale), theme: themeFromHost(context.theme) };
}

/**
 * Races Teams' initialize + getContext against `timeoutMs`. In a plain browser the language comes from
 * `browserLocale` (nl-* gives Dutch) and the theme is the default; a host that answers late is reported in `late`.
 */
export async function connectToHost(sdk: HostSdk, browserLocale: string | undefined, timeoutMs = HOST_TIMEOUT_MS): Promise<HostConnection> {
  const fallback: HostInfo = { inTeams: false, lang: langFromLocale(browserLocale), theme: 'default' };
  const fromHost = contextInfo(sdk).then(
    (info) => info,
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([fromHost, timedOut]);
  clearTimeout(timer);
  if (first === 'timeout') return { initial: fallback, late: fromHost };
  return { initial: first ?? fallback, late: Promise.resolve(undefined) };
}
