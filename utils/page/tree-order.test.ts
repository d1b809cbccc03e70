import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocument, isHtmlElement, isShadowRoot, isTextField } from './tree-order';

describe('telling shadow roots and documents apart', () => {
  it('by what the node is, whatever frame its prototypes come from', () => {
    const host = document.createElement('div');
    expect(isHtmlElement(host)).toBe(true);
    expect(isHtmlElement(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).toBe(false);
    expect(isHtmlElement(document.createTextNode('x'))).toBe(false);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(document.createElement('input'))).toBe(true);
    expect(isTextField(host)).toBe(false);
    const open = host.attachShadow({ mode: 'open' });
    expect(isShadowRoot(open)).toBe(true);
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    expect(isShadowRoot(document)).toBe(false);
    expect(isShadowRoot(host)).toBe(false);
    expect(isDocument(document)).toBe(true);
    expect(isDocument(open)).toBe(false);
  });

  // A shadow root the page made in one frame and moved into another fails `instanceof ShadowRoot`
  // there (tests/browser/engine-frames-shadow.browser.test.ts), and so does any node of the page:
  // the content script's code asks isShadowRoot / isDocument / isHtmlElement / isTextField instead.
  it('content-script code never asks instanceof of a node type', () => {
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
              if (/instanceof (ShadowRoot|Document|Element|Text|Node|HTML\w*)\b/.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ['utils/page', 'entrypoints/content']) visit(dir);
    expect(offenders).toEqual([]);
  });
});
