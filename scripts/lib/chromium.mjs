// How CertLens starts Chromium with the unpacked extension: shared by `npm start`, the browser
// tests and the benchmark, so all three see the extension exactly the same way.
import { existsSync } from 'node:fs';

/** The browser to use: $CHROME_PATH, else Debian's Chromium. */
export const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that load the extension and keep Chromium quiet on a machine with no network. */
export function chromiumArgs(extensionDir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No browser at ${CHROMIUM}. Install Debian's Chromium (apt-get install chromium) or set CHROME_PATH.`);
  }
}
