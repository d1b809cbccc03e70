// Least privilege and no HTML from page text, checked on our source and on the built extension
// that the browser tests load (no browser needed: it runs here because the build comes first).
// - The manifest asks for exactly the permissions our code uses: every extension API namespace the
//   source touches is mapped to the permission it needs, and the two sets must be equal.
// - Extension pages run under a strict CSP: scripts only from the extension, no eval, no inline,
//   no plugins.
// - No page-derived text is ever inserted as HTML: our source has no HTML sink at all, and the
//   only one in the bundle is Preact's `dangerouslySetInnerHTML` support, which our source never uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/extension';

const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'data'];

function files(dir: string, test: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, test) : test(path) ? [path] : [];
  });
}

/** Our shipped source: TypeScript and TSX, tests left out (they never reach users). */
const sources = SOURCE_DIRS.flatMap((d) => files(d, (p) => /\.(ts|tsx)$/.test(p) && !/\.test\.(ts|tsx)$/.test(p))).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

/**
 * Extension API namespaces and the manifest permission each needs (null: none). `tabs` needs no
 * permission for query / sendMessage / getCurrent / onRemoved; reading a tab's URL or title would.
 */
const PERMISSION_OF: Record<string, string | null> = {
  action: null,
  alarms: 'alarms',
  bookmarks: 'bookmarks',
  // Manifest V2's toolbar button (the Firefox build): no permission, like action.
  browserAction: null,
  commands: null,
  contextMenus: 'contextMenus',
  cookies: 'cookies',
  declarativeNetRequest: 'declarativeNetRequest',
  downloads: 'downloads',
  history: 'history',
  i18n: null,
  identity: 'identity',
  management: 'management',
  menus: 'contextMenus',
  notifications: 'notifications',
  offscreen: 'offscreen',
  permissions: null,
  runtime: null,
  scripting: 'scripting',
  sidePanel: 'sidePanel',
  storage: 'storage',
  tabs: null,
  webNavigation: 'webNavigation',
  webRequest: 'webRequest',
  windows: null,
};

/**
 * Namespaces our source touches: `browser.x` / `chrome.x`, `api.x.y` (code that takes the API as
 * a parameter for its tests), and WXT's storage wrapper (wxt/utils/storage uses browser.storage).
 */
function namespacesUsed(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const note = (ns: string, path: string) => used.set(ns, [...(used.get(ns) ?? []), path]);
  for (const { path, text } of sources) {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(/\b(?:browser|chrome)\.([A-Za-z0-9]+)\b/g)) note(m[1]!, path);
    for (const ns of Object.keys(PERMISSION_OF)) if (new RegExp(`\\.${ns}\\.[A-Za-z]`).test(code)) note(ns, path);
    if (code.includes("from 'wxt/utils/storage'")) note('storage', path);
  }
  return used;
}

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
};

describe('least privilege', () => {
  it('asks for exactly the permissions the code uses', () => {
    const used = namespacesUsed();
    const unknown = [...used.keys()].filter((ns) => !(ns in PERMISSION_OF));
    // A new namespace must be added to PERMISSION_OF (with the permission it needs) first.
    expect(unknown).toEqual([]);
    const needed = [...new Set([...used.keys()].map((ns) => PERMISSION_OF[ns]).filter((p): p is string => p !== null))].sort();
    const m = manifest();
    expect([...(m.permissions ?? [])].sort()).toEqual(needed);
    expect(needed).toEqual(['contextMenus', 'storage']);
    // Nothing optional to ask for later, no hosts beyond the content script's matches, no other
    // extension or web page may message us.
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    // One resource is web-accessible: the content script's second file, which it imports from the
    // extension. Only at a per-session URL: pages could otherwise fetch it at the extension's id to
    // tell that CertLens is installed (engine-on-demand checks that they cannot).
    expect(m.web_accessible_resources ?? []).toEqual([
      { resources: ['content-on-demand.js'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });

  it('runs content scripts only as declared in the README (every page, every frame)', () => {
    for (const cs of manifest().content_scripts ?? []) expect(cs.matches).toEqual(['<all_urls>']);
  });

  it('lists every permission in the README with the reason', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const p of manifest().permissions ?? []) expect(readme).toMatch(new RegExp(`\\|\\s*\`${p}\`\\s*\\|`));
  });
});

describe('extension pages', () => {
  it('have a strict Content Security Policy', () => {
    const csp = manifest().content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    // Scripts only from the extension itself: no inline script, no eval, no remote host.
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(['self', 'none'].map((v) => `'${v}'`)).toContain(directives.get('object-src')?.join(' '));
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
    expect(manifest().content_security_policy?.sandbox).toBeUndefined();
  });
});

describe('no page text as HTML, no code from strings', () => {
  const SINKS = /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|new\s+DOMParser|\.srcdoc\s*=|\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/;

  it('our source has no HTML sink and builds no code from strings', () => {
    const hits = sources.flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, i) => (SINKS.test(line.replace(/\/\/.*$/, '')) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('the built extension has no HTML sink but Preact\'s dangerouslySetInnerHTML support, and no eval', () => {
    const bundle = files(EXTENSION_DIR, (p) => p.endsWith('.js'));
    expect(bundle.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of bundle) {
      const code = readFileSync(path, 'utf8');
      for (const m of code.matchAll(/innerHTML|outerHTML|insertAdjacentHTML|document\.write\(|createContextualFragment/g)) {
        // Preact's renderer: `…__html==e.innerHTML)||(e.innerHTML=d.__html)`, reached only through
        // the dangerouslySetInnerHTML prop.
        const around = code.slice(Math.max(0, m.index - 60), m.index + 60);
        if (!around.includes('__html')) problems.push(`${relative(EXTENSION_DIR, path)}: ${around}`);
      }
      if (/\beval\(|new Function\(/.test(code)) problems.push(`${relative(EXTENSION_DIR, path)}: eval or new Function`);
    }
    expect(problems).toEqual([]);
  });
});
