import { beforeEach, describe, expect, it } from 'vitest';
import { HiddenTextWatch, MAX_HIDDEN_WATCHED } from './hidden-text-watch';

/** MutationObserver callbacks run in a microtask. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hidden text the page may show', () => {
  beforeEach(() => document.body.replaceChildren());

  const watchOn = () => {
    const shown: Text[][] = [];
    return { watch: new HiddenTextWatch((texts) => shown.push(texts)), shown };
  };
  const hiddenSpan = (parent: Node = document.body) => {
    const span = document.createElement('span');
    span.hidden = true;
    span.textContent = '全媒体运营师';
    parent.appendChild(span);
    return span;
  };

  it('hands the text back when the hidden element, or an ancestor, changes class, style or hidden', async () => {
    for (const change of [
      (span: HTMLElement) => span.removeAttribute('hidden'),
      (span: HTMLElement) => span.parentElement!.classList.add('open'),
      (span: HTMLElement) => span.parentElement!.setAttribute('style', 'color: red'),
    ]) {
      document.body.replaceChildren();
      const { watch, shown } = watchOn();
      const span = hiddenSpan(document.body.appendChild(document.createElement('p')));
      const text = span.firstChild as Text;
      watch.watch(span, text);
      change(span);
      await settled();
      expect(shown).toEqual([[text]]);
      // Handed back once: read again and still hidden, the engine watches it again.
      expect(watch.size).toBe(0);
    }
  });

  it('ignores other attributes and changes elsewhere', async () => {
    const { watch, shown } = watchOn();
    const span = hiddenSpan();
    watch.watch(span, span.firstChild as Text);
    span.setAttribute('title', 'x');
    hiddenSpan().classList.add('other');
    await settled();
    expect(shown).toEqual([]);
    expect(watch.size).toBe(1);
  });

  it('follows ancestors through a shadow host', async () => {
    const { watch, shown } = watchOn();
    const host = document.body.appendChild(document.createElement('x-post'));
    const span = hiddenSpan(host.attachShadow({ mode: 'open' }));
    watch.watch(span, span.firstChild as Text);
    host.classList.add('open');
    await settled();
    expect(shown).toEqual([[span.firstChild]]);
  });

  it(`watches at most ${MAX_HIDDEN_WATCHED} elements, giving up the places of removed ones`, async () => {
    const { watch, shown } = watchOn();
    const spans = Array.from({ length: MAX_HIDDEN_WATCHED }, () => hiddenSpan());
    for (const span of spans) watch.watch(span, span.firstChild as Text);
    const extra = hiddenSpan();
    watch.watch(extra, extra.firstChild as Text);
    expect(watch.size).toBe(MAX_HIDDEN_WATCHED);
    spans[0]!.remove();
    watch.watch(extra, extra.firstChild as Text);
    expect(watch.size).toBe(MAX_HIDDEN_WATCHED);
    extra.hidden = false;
    await settled();
    expect(shown).toEqual([[extra.firstChild]]);
  });

  it('says nothing after clear()', async () => {
    const { watch, shown } = watchOn();
    const span = hiddenSpan();
    watch.watch(span, span.firstChild as Text);
    span.hidden = false;
    watch.clear();
    await settled();
    expect(shown).toEqual([]);
  });
});
