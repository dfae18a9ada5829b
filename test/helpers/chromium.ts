// Must load before playwright-core: see the file for why.
import './dispose-symbols';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (the CI installs it with apt); CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, sandbox-free (containers), and quiet: no update checks or other background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
] as const;

export type ChromiumAvailability = { readonly available: true } | { readonly available: false; readonly reason: string };

/** Whether CHROMIUM_PATH is an executable file, with the reason when it is not. */
export function chromiumAvailability(): ChromiumAvailability {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return { available: true };
  } catch {
    return { available: false, reason: `no executable Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)` };
  }
}

/**
 * describe() for browser suites: runs `body` when Chromium is installed; otherwise skips it with the reason in the
 * suite name, except when CI=true, where a missing browser is a failing test rather than a silent skip.
 */
export function describeWithChromium(name: string, body: () => void): void {
  const availability = chromiumAvailability();
  if (availability.available) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      test('Chromium is installed (required when CI=true)', () => {
        throw new Error(availability.reason);
      });
    });
  } else {
    // Jest does not print the names of a file whose tests are all skipped, so say why on the console as well.
    console.warn(`Skipping "${name}": ${availability.reason}.`);
    describe.skip(`${name} [skipped: ${availability.reason}]`, body);
  }
}

/** Launches headless Chromium from CHROMIUM_PATH with CHROMIUM_ARGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: 30_000 });
}
