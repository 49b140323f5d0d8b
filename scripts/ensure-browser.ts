/**
 * Before the browser tests: makes sure a Chromium exists. Uses the system's or Playwright's; on a
 * Debian machine where we are root and have none, installs Debian's `chromium` package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './cli/browser.ts';
import { childEnv } from '../src/config/env.ts';

function playwrightChromium(): string | undefined {
  try {
    const p = chromium.executablePath();
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

const found = systemChromium() ?? playwrightChromium();
if (found) {
  console.log(`browser: ${found}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('browser: none found; installing Debian’s chromium package (apt-get)…');
  const vars = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: vars });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: vars });
  console.log(`browser: ${systemChromium() ?? 'still missing'}`);
  if (!systemChromium()) process.exitCode = 1;
} else {
  console.error(
    'error: no Chromium found. Install one (Debian: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set RELAIS_CHROMIUM to its path.',
  );
  process.exitCode = 1;
}
