// Helpers for the hover-card tests: where a term is on screen (also in shadow roots and frames), and
// what the card says, read from its open shadow root like any page script could.
import type { Frame, Page } from 'playwright-core';

export interface TermBox {
  /** Centre of one character of the term: where the pointer rests. */
  x: number;
  y: number;
  /** The whole term's bounding box. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where `text` is inside the element with `id` (searched through open shadow roots), in the frame's
 * viewport coordinates. `char` picks the character the pointer rests on (default: the middle one).
 */
export function termBox(target: Page | Frame, id: string, text: string, char?: number): Promise<TermBox> {
  return target.evaluate(
    ({ id, text, char }) => {
      const find = (root: Document | ShadowRoot): Element | null => {
        const direct = root.querySelector(`#${id}`);
        if (direct) return direct;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            const inner = find(el.shadowRoot);
            if (inner) return inner;
          }
        }
        return null;
      };
      const el = find(document);
      if (!el) throw new Error(`no #${id}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const start = all.indexOf(text);
      if (start < 0) throw new Error(`no "${text}" in #${id}: ${all}`);
      const at = (offset: number) => {
        let o = offset;
        for (const n of nodes) {
          if (o < n.data.length) return { node: n, offset: o };
          o -= n.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return { node: last, offset: last.data.length };
      };
      const rangeOf = (from: number, to: number) => {
        const a = at(from);
        const b = at(to - 1);
        const r = document.createRange();
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset + 1);
        return r;
      };
      const whole = rangeOf(start, start + text.length).getBoundingClientRect();
      const c = start + (char ?? Math.floor(text.length / 2));
      const one = rangeOf(c, c + 1).getBoundingClientRect();
      return { x: one.x + one.width / 2, y: one.y + one.height / 2, left: whole.left, top: whole.top, width: whole.width, height: whole.height };
    },
    { id, text, char },
  );
}

export interface CardState {
  open: boolean;
  text: string;
  /** The dialog's accessible name (its aria-labelledby element's text). */
  name: string;
  description: string;
  role: string | null;
  left: number;
  top: number;
  width: number;
  height: number;
  side: string | undefined;
  /** Focus is on the card (the document's active element is our host, and inside it the dialog). */
  focused: boolean;
  fontSize: string;
  letterSpacing: string;
  viewport: { width: number; height: number };
}

export function cardState(target: Page | Frame): Promise<CardState> {
  return target.evaluate(() => {
    const host = document.querySelector('certlens-ui');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    if (!host || !dialog) {
      return { open: false, text: '', name: '', description: '', role: null, left: 0, top: 0, width: 0, height: 0, side: undefined, focused: false, fontSize: '', letterSpacing: '', viewport };
    }
    const byId = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => host.shadowRoot!.getElementById(id)?.textContent ?? '')
        .join(' ');
    const r = dialog.getBoundingClientRect();
    const style = getComputedStyle(dialog);
    return {
      open: true,
      text: dialog.textContent ?? '',
      name: byId(dialog.getAttribute('aria-labelledby')),
      description: byId(dialog.getAttribute('aria-describedby')),
      role: dialog.getAttribute('role'),
      left: r.left,
      top: r.top,
      width: r.width,
      height: r.height,
      side: dialog.dataset.side,
      focused: document.activeElement === host && host.shadowRoot!.activeElement === dialog,
      fontSize: style.fontSize,
      letterSpacing: style.letterSpacing,
      viewport,
    };
  });
}

export const overlaps = (a: { left: number; top: number; width: number; height: number }, b: { left: number; top: number; width: number; height: number }) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Moves the pointer onto a point the way a hand does (approach, then rest). */
export async function rest(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x - 12, y + 2);
  await page.mouse.move(x, y, { steps: 3 });
}

/** Offset of a frame's viewport in the page's (border and padding of the <iframe> included). */
export function frameOffset(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    const f = document.querySelector(sel) as HTMLIFrameElement;
    const r = f.getBoundingClientRect();
    const s = getComputedStyle(f);
    return { x: r.left + f.clientLeft + parseFloat(s.paddingLeft), y: r.top + f.clientTop + parseFloat(s.paddingTop) };
  }, selector);
}

/**
 * A finger on the touch screen: down at (x, y), held `holdMs`, optionally dragged to `to`, lifted.
 * Sent through the DevTools protocol's touch input, so the page gets what a real touch screen gives
 * (pointer events of type "touch", then the compatibility mouse events and click).
 */
export async function touch(page: Page, x: number, y: number, options: { holdMs?: number; to?: { x: number; y: number } } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await page.waitForTimeout(options.holdMs ?? 40);
    if (options.to) {
      for (let k = 1; k <= 4; k++) {
        const p = { x: x + ((options.to.x - x) * k) / 4, y: y + ((options.to.y - y) * k) / 4 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
      }
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
