// "No request leaves the browser": Chromium's own network log records every request the browser
// makes (pages, extension pages, the service worker, content scripts). We browse the demo pages
// with the extension working on them, then fail on any request to anything but our local server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../harness/extension';

const dir = mkdtempSync(join(tmpdir(), 'certlens-netlog-'));
const netLog = join(dir, 'netlog.json');
afterAll(() => process.env.KEEP_NETLOG || rmSync(dir, { recursive: true, force: true }));

interface Request {
  url: string;
  /** Who asked: a page or extension origin, or "not an origin" for navigations and Chromium's own traffic. */
  initiator: string;
}

/** Every request the network log saw start. */
function requests(file: string): Request[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? 'not an origin' }));
}

/**
 * Chromium itself talks to Google (clock, account and updater checks) even with background
 * networking disabled. Those requests have no initiator; anything our extension, its pages or
 * its content scripts start carries the extension's or the page's origin.
 */
const isChromiumHousekeeping = (r: Request) =>
  r.initiator === 'not an origin' && /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gvt1\.com)\//.test(r.url);

describe('privacy', () => {
  it('makes no request to any host while it works on pages and its own pages', async () => {
    const session = await launch({ args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    try {
      for (const path of ['jobs.html', 'training.html', 'search.html', 'article.html']) {
        const page = await session.open(path);
        await page.mouse.wheel(0, 4000);
        await page.waitForTimeout(800);
        await page.close();
      }
      for (const path of ['popup.html', 'options.html']) {
        const page = await session.openExtensionPage(path);
        await page.waitForTimeout(300);
        await page.close();
      }
    } finally {
      await session.close(); // flushes the log
    }
    const all = requests(netLog);
    // The log did record our browsing, so an empty result cannot pass silently...
    expect(all.some((r) => r.url === session.server.url('jobs.html'))).toBe(true);
    // ...and nothing went anywhere but our local server, apart from Chromium's own housekeeping.
    const outside = all.filter((r) => !r.url.startsWith(`${session.server.origin}/`) && !isChromiumHousekeeping(r));
    expect(outside).toEqual([]);
  });
});
