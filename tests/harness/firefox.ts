// Launches Debian's Firefox ESR headless with the Firefox build installed as a temporary add-on,
// driven over WebDriver BiDi, which Firefox speaks itself (no geckodriver). Playwright's own
// Firefox support needs its patched build; its BiDi mode needs commands ESR does not have yet.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import WebSocket from 'ws';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.CERTLENS_OUT_DIR ?? '.output', 'firefox-mv2');

/** A tab, with Playwright's `page.evaluate` shape so the engine helpers read it as they read Chromium's. */
export interface FirefoxTab {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  goto(url: string): Promise<void>;
  /** Moves the pointer to a point of the viewport, in a few steps from just left of it, as a hand does. */
  rest(x: number, y: number): Promise<void>;
  /** Presses and releases a key (a WebDriver key value, e.g. '\uE00C' for Escape). */
  press(key: string): Promise<void>;
  /** The documents of the frames inside this tab, at every depth, with their URLs. */
  frames(): Promise<{ url: string; frame: FirefoxTab }[]>;
}

export interface FirefoxSession {
  server: StaticServer;
  /** A new tab showing `path` (relative to tests/fixtures or demo/, or a full URL). */
  open(path: string): Promise<FirefoxTab>;
  /** Lines Firefox logged as errors from our scripts (moz-extension:// URLs). */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  JSON.parse(readFileSync(manifest, 'utf8')); // a broken build fails here, loudly
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr firefox-esr-l10n-zh-cn (or set FIREFOX_PATH).`);
  // The add-on speaks the browser's UI language, as in Chromium (zh-CN there). Debian's Firefox is
  // en-US unless its Chinese language pack is installed.
  const langpack = join(dirname(realpathSync(FIREFOX)), 'browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi');
  if (!process.env.FIREFOX_PATH && !existsSync(langpack)) throw new Error('Firefox has no Chinese language pack: apt-get install firefox-esr-l10n-zh-cn.');

  const profile = mkdtempSync(join(tmpdir(), 'certlens-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      // Fewer of Firefox's own first-run, update and telemetry checks (they fail here, offline).
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("app.update.disabledForTesting", true);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      'user_pref("intl.locale.requested", "zh-CN");',
      'user_pref("intl.accept_languages", "zh-CN");',
    ].join('\n'),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    // Firefox refuses a HOME it does not own; a throwaway one keeps the user's own Firefox out of it.
    env: { ...process.env, HOME: profile, MOZ_CRASHREPORTER_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const endpoint = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server:\n${log}`)), 30_000);
    const read = (chunk: Buffer) => {
      log += chunk;
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        ok(found[1]!);
      }
    };
    firefox.stdout!.on('data', read);
    firefox.stderr!.on('data', read);
    firefox.once('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log}`)));
  });

  const bidi = await connect(`${endpoint}/session`);
  await bidi.send('session.new', { capabilities: {} });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
  const server = await serveStatic(['tests/fixtures', 'demo']);

  return {
    server,
    async open(path) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      const tab = firefoxTab(bidi, context);
      await tab.goto(/^[a-z-]+:/.test(path) ? path : server.url(path));
      return tab;
    },
    // Read from the whole log, so a line split between two chunks of output is still whole.
    extensionErrors: () => log.split('\n').filter((line) => /error/i.test(line) && line.includes('moz-extension://')).map((line) => line.trim()),
    async close() {
      await bidi.send('browser.close', {}).catch(() => undefined);
      bidi.socket.close();
      if (firefox.exitCode === null) await new Promise((done) => firefox.once('exit', done));
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Bidi {
  socket: WebSocket;
  send<T = unknown>(method: string, params: object): Promise<T>;
}

async function connect(url: string): Promise<Bidi> {
  const socket = new WebSocket(url);
  await new Promise((ok, fail) => {
    socket.once('open', ok);
    socket.once('error', fail);
  });
  let lastId = 0;
  const pending = new Map<number, { ok(result: unknown): void; fail(error: Error): void; method: string }>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.type === 'error') waiting.fail(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
    else waiting.ok(message.result);
  });
  return {
    socket,
    send: <T>(method: string, params: object) =>
      new Promise<T>((ok, fail) => {
        const id = ++lastId;
        pending.set(id, { ok: ok as (result: unknown) => void, fail, method });
        socket.send(JSON.stringify({ id, method, params }));
      }),
  };
}

function firefoxTab(bidi: Bidi, context: string): FirefoxTab {
  return {
    async goto(url) {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async frames() {
      type Info = { context: string; url: string; children?: Info[] | null };
      const { contexts } = await bidi.send<{ contexts: Info[] }>('browsingContext.getTree', { root: context });
      const out: { url: string; frame: FirefoxTab }[] = [];
      const visit = (info: Info) => {
        for (const child of info.children ?? []) {
          out.push({ url: child.url, frame: firefoxTab(bidi, child.context) });
          visit(child);
        }
      };
      for (const top of contexts) visit(top);
      return out;
    },
    async rest(x, y) {
      const steps = [-12, -8, -4, 0].map((dx) => ({ type: 'pointerMove', x: Math.round(x + dx), y: Math.round(y), duration: 16, origin: 'viewport' }));
      await bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }] });
    },
    async press(key) {
      const actions = [
        { type: 'keyDown', value: key },
        { type: 'keyUp', value: key },
      ];
      await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    async evaluate(fn, arg) {
      // The function runs in the page's own world, as Playwright's page.evaluate does: the
      // highlights are read from the page's CSS.highlights, like any page script could.
      const expression = `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg) ?? ''})))()`;
      const answer = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (answer.type === 'exception') throw new Error(`evaluate in Firefox: ${answer.exceptionDetails?.text}`);
      const json = answer.result?.value;
      return json === undefined ? (undefined as never) : JSON.parse(json);
    },
  };
}
