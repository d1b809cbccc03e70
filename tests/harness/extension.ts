// Launches the system Chromium with the built extension loaded, the way a user's browser has it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../scripts/lib/chromium.mjs';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.mjs';

export const EXTENSION_DIR = resolve(process.env.CERTLENS_OUT_DIR ?? '.output', 'chrome-mv3');
export const ARTIFACTS_DIR = resolve('tests/artifacts');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: StaticServer;
  /** Opens a fixture or demo page (path relative to tests/fixtures or demo/). */
  open(path: string): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. 'popup.html'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Extra Chromium flags, e.g. --log-net-log for the no-network test. */
  args?: string[];
  /**
   * A profile folder to use and keep (for restarts: launch again with the same folder). Without
   * it, a fresh temporary profile is made and deleted on close.
   */
  profileDir?: string;
  /** Another build of the extension to load (a test's altered copy); default EXTENSION_DIR. */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  JSON.parse(readFileSync(manifest, 'utf8')); // a broken build fails here, loudly
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROME_PATH).`);

  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'certlens-profile-'));
  const server = await serveStatic(['tests/fixtures', 'demo']);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...chromiumArgs(extensionDir), ...(options.args ?? [])],
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1200, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    server,
    async open(path) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PlainSession {
  context: BrowserContext;
  server: StaticServer;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The same Chromium, flags and pages WITHOUT the extension: the control run that tells what a page
 * does by itself (its DOM, its own mutations, its CPU time) from what CertLens adds.
 */
export async function launchWithoutExtension(options: Omit<LaunchOptions, 'profileDir'> = {}): Promise<PlainSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROME_PATH).`);
  const profile = mkdtempSync(join(tmpdir(), 'certlens-plain-'));
  const server = await serveStatic(['tests/fixtures', 'demo']);
  const flags = chromiumArgs(EXTENSION_DIR).filter((a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...flags, ...(options.args ?? [])],
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1200, height: 800 },
  });
  return {
    context,
    server,
    async open(path) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
