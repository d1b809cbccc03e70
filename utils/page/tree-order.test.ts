import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocument, isShadowRoot } from './tree-order';

describe('telling shadow roots and documents apart', () => {
  it('by what the node is, whatever frame its prototypes come from', () => {
    const host = document.createElement('div');
    const open = host.attachShadow({ mode: 'open' });
    expect(isShadowRoot(open)).toBe(true);
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    expect(isShadowRoot(document)).toBe(false);
    expect(isShadowRoot(host)).toBe(false);
    expect(isDocument(document)).toBe(true);
    expect(isDocument(open)).toBe(false);
  });

  // A shadow root the page made in one frame and moved into another fails `instanceof ShadowRoot`
  // there (tests/browser/engine-frames-shadow.browser.test.ts): the content script's code asks
  // isShadowRoot / isDocument instead.
  it('content-script code never asks instanceof ShadowRoot or Document', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              // (Comments may name it.)
              if (/instanceof (ShadowRoot|Document)\b/.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ['utils/page', 'entrypoints/content']) visit(dir);
    expect(offenders).toEqual([]);
  });
});
