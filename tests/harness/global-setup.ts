// Builds the extension once before the browser tests, so they never run against a stale build:
// the Chromium build, and the Firefox build for firefox.browser.test.ts.
// CERTLENS_SKIP_BUILD=1 skips it (the npm script has just built).
import { execSync } from 'node:child_process';

export default function setup() {
  if (process.env.CERTLENS_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { stdio: 'inherit' });
  execSync('npx wxt build -b firefox', { stdio: 'inherit' });
}
