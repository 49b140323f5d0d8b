/**
 * Which Chromium the browser tests drive: RELAIS_CHROMIUM, else the system's (Debian's package),
 * else Playwright's own download (`npx playwright install chromium`) where a machine has one.
 */
import { existsSync } from 'node:fs';
import { env } from '../../src/config/env.ts';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function systemChromium(): string | undefined {
  const fromEnv = env.chromium();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return SYSTEM.find((p) => existsSync(p));
}

/** Flags for a machine without outside network: no background traffic, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
