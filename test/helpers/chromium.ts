import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium for browser tests, installed on first use when the machine allows it (root and the Debian
 * mirror); never a browser download. Undefined, with the reason, where it cannot be installed.
 */
export function ensureChromium(): { path?: string; reason?: string } {
  if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  if (process.getuid?.() !== 0)
    return { reason: 'Chromium is not installed and the tests do not run as root to install it.' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 240_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'ignore',
      timeout: 480_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    return { reason: `apt-get could not install chromium: ${(error as Error).message}` };
  }
  return existsSync(CHROMIUM) ? { path: CHROMIUM } : { reason: 'apt-get finished but /usr/bin/chromium is missing.' };
}

/** The launch flags for a sandboxed, offline machine (no background networking). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
