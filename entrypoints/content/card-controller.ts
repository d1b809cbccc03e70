// The hover card on the page: finds the mention under a resting pointer, opens its card in our own
// open shadow root next to the term (never over it), keeps it open while the pointer is on it,
// closes it on Esc, scroll, a click elsewhere or when the pointer leaves (after a short grace),
// and opens cards from a tap (touch screens have no hover), the keyboard and the popup. Hover and
// taps never move focus; the keyboard path does (so screen readers read the card), unless the user
// is typing somewhere.
//
// Cards are drawn by "layers": the mention layer now, the claim checker's layer later (issue 5).
// Each layer is an index of page ranges plus how to render a card for one entry.
import type { VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GAP, placeCard, unionBox, type Box } from '@/utils/card/position';
import { isHtmlElement, isTextField } from '@/utils/page/tree-order';
import { isPageControl, isTap, type TouchPoint } from '@/utils/card/tap';
import { caretAt, liveRange, pointOnRange } from './hit-test';
import { shadowRootsOf, type CardIndex, type RangeEntry } from './card-index';
import { loadOnDemand, onDemandLoaded } from './on-demand-loader';
import type { CardHost } from './card-host';

/** A pointer resting this long on a term opens its card (the issue allows 250 ms in all). */
export const OPEN_DELAY_MS = 120;
/** Leaving the term or the card closes it after this grace, so the pointer can cross the gap. */
export const CLOSE_GRACE_MS = 300;

export type OpenedBy = 'hover' | 'touch' | 'keyboard' | 'popup';

/** What a layer's render function gets besides its entry. */
export interface CardRenderProps {
  /** Unique id for the card's heading / description ids. */
  id: string;
  /** The text as the page writes it. */
  pageText: string;
  close(): void;
}

export interface CardLayer<E extends RangeEntry = RangeEntry> {
  /** e.g. 'mentions', 'claims'. */
  id: string;
  /** The layer's entries; `next`/`previous` (the engine's RangeIndex has them) drive navigation. */
  index: Pick<CardIndex<E>, 'entries' | 'at' | 'onChange'> & Partial<Pick<CardIndex<E>, 'next' | 'previous'>>;
  /**
   * The card for an entry. Runs only once the on-demand module (the card views and the Preact that
   * renders them, on-demand.ts) has loaded: render with onDemand().
   */
  render(entry: E, props: CardRenderProps): VNode;
  /**
   * Where the ranges of two layers overlap, the pointer opens the card of the layer with the
   * higher priority (default 0). The claim layer sets 1: over a claim phrase that contains a
   * mention (互联网营销师高级工程师) the reader wants to know about the claim.
   */
  hitPriority?: number;
}

interface OpenCard {
  layer: CardLayer<any>;
  entry: RangeEntry;
  by: OpenedBy;
  element: HTMLElement;
}

export interface CardController {
  addLayer<E extends RangeEntry>(layer: CardLayer<E>): void;
  /** Opens the card of an entry (scrolling it into view first unless opened by hover). */
  open(layerId: string, entry: RangeEntry, by: OpenedBy): Promise<boolean>;
  /**
   * Moves to the next / previous entry of a layer (default: the first layer) and opens its card.
   * Without `wrap`, nothing opens past the last entry (the first, going back); with `fromEdge`, it
   * starts at the first (the last) whatever is open or on the screen (keyboard navigation coming
   * from another frame).
   */
  navigate(direction: 'next' | 'previous', layerId?: string, options?: { wrap?: boolean; fromEdge?: boolean }): Promise<RangeEntry | undefined>;
  close(): void;
  /** The open card's entry, if any. */
  current(): RangeEntry | undefined;
  /** Re-renders the open card (e.g. after the UI language changed). */
  refresh(): void;
}

export function createCardController(ctx: ContentScriptContext): CardController {
  const layers: CardLayer<any>[] = [];
  let byHitPriority: CardLayer<any>[] = [];
  /** The shadow roots hit-testing must enter; worked out when a hover needs them (undefined: stale). */
  let shadowRoots: ShadowRoot[] | undefined;
  let ui: CardHost | undefined;
  let uiPromise: Promise<CardHost> | undefined;
  let open: OpenCard | undefined;
  let cardCount = 0;
  let reportedLoadFailure = false;
  let previousFocus: HTMLElement | undefined;
  let lastNavigated: RangeEntry | undefined;

  // Hover state.
  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frameScheduled = false;
  let pending: { entry: RangeEntry; layer: CardLayer<any>; timer: number } | undefined;
  let closeTimer: number | undefined;
  // Our own scrolling (keyboard / popup jumps) must not close the card it is about to open.
  let ownScroll = false;
  // A finger down that may become a tap, and the card that was open when it went down.
  let touch: (TouchPoint & { pointerId: number; wasOpen: RangeEntry | undefined }) | undefined;

  // Not worked out at every index change: entries() sorts the whole index in document order
  // (compareDocumentPosition on every pair), which took 50-230 ms per change on a page of 100,000
  // text nodes, inside the engine's work slice. A hover needs the roots, not the order.
  const refreshShadowRoots = () => {
    shadowRoots = undefined;
  };
  const unordered = (l: CardLayer<any>): readonly RangeEntry[] => {
    const values = (l.index as { values?(): Iterable<RangeEntry> }).values;
    return values ? [...values.call(l.index)] : (l.index.entries() as RangeEntry[]);
  };
  const isEmpty = (l: CardLayer<any>): boolean => {
    const size = (l.index as { size?: number }).size;
    return size !== undefined ? size === 0 : l.index.entries().length === 0;
  };

  /** Takes the card out of our UI (nothing to take out if no card was ever rendered). */
  function unmount(container: Element) {
    onDemandLoaded()?.render(null, container);
  }

  function ensureUi(): Promise<CardHost> {
    // The host is made by the on-demand file (card-host.ts), which a card needs anyway.
    uiPromise ??= loadOnDemand()
      .then((views) => views.createCardHost(ctx, { escape: close, remove: (host) => unmount(host.uiContainer) }))
      .then((created) => {
        ui = created;
        return created;
      });
    return uiPromise.then((u) => {
      // The page may have removed our host (frameworks re-render <html>'s children); put it back.
      if (!u.shadowHost.isConnected) u.mount();
      return u;
    });
  }

  // ---- opening, placing, closing ----

  async function show(layer: CardLayer<any>, entry: RangeEntry, by: OpenedBy): Promise<boolean> {
    cancelPending();
    cancelClose();
    let u: CardHost;
    let views: Awaited<ReturnType<typeof loadOnDemand>>;
    try {
      [u, views] = await Promise.all([ensureUi(), loadOnDemand()]);
    } catch (error) {
      // The extension's files are gone (updated or removed under the page): no card, said once.
      if (!reportedLoadFailure) console.error('[CertLens] the card could not be loaded', error);
      reportedLoadFailure = true;
      return false;
    }
    const live = liveRange(entry.range);
    if (!live) return false;
    const box = unionBox(live.getClientRects());
    if (!box) return false;
    const focusWasInCard = isFocusInCard();
    const id = `certlens-card-${++cardCount}`;
    const vnode = layer.render(entry, { id, pageText: live.toString() || entry.text, close });
    // A new entry gets a fresh card: no source list left open from the previous one.
    const { render } = views;
    if (open && open.entry !== entry) render(null, u.uiContainer);
    render(vnode, u.uiContainer);
    const element = u.uiContainer.querySelector<HTMLElement>('.cl-card');
    if (!element) return false;
    place(element, box);
    open = { layer, entry, by, element };
    if (by === 'keyboard' || by === 'popup') {
      // Keep the element that had focus before the first keyboard-opened card, to return to it.
      if (!focusWasInCard) previousFocus = deepActiveElement();
      if (!isTyping(previousFocus)) element.focus({ preventScroll: true });
    }
    return true;
  }

  function place(element: HTMLElement, term: Box) {
    const s = element.style;
    s.visibility = 'hidden';
    s.maxHeight = '';
    s.top = '0px';
    s.left = '0px';
    s.bottom = 'auto';
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const viewport = viewportSize();
    const p = placeCard(term, size, viewport);
    s.left = `${p.left}px`;
    s.maxHeight = `${p.maxHeight}px`;
    if (p.side === 'below') {
      s.top = `${p.top}px`;
    } else {
      // Anchored by its bottom edge: opening a source list grows the card upwards, never over the term.
      s.top = 'auto';
      s.bottom = `${Math.round(viewport.height - (term.top - GAP))}px`;
    }
    element.dataset.side = p.side;
    s.visibility = '';
  }

  function close() {
    cancelPending();
    cancelClose();
    if (!open) return;
    const hadFocus = isFocusInCard();
    open = undefined;
    if (ui) unmount(ui.uiContainer);
    if (hadFocus) {
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    previousFocus = undefined;
  }

  function isFocusInCard(): boolean {
    return !!ui && document.activeElement === ui.shadowHost;
  }

  // ---- hover ----

  function hitTest(x: number, y: number): { layer: CardLayer<any>; entry: RangeEntry } | undefined {
    if (layers.every(isEmpty)) return undefined;
    shadowRoots ??= shadowRootsOf(layers.flatMap(unordered));
    const caret = caretAt(document, x, y, shadowRoots);
    if (!caret) return undefined;
    for (const layer of byHitPriority) {
      const entry = layer.index.at(caret.node, caret.offset) as RangeEntry | undefined;
      if (entry && pointOnRange(entry.range, x, y)) return { layer, entry };
    }
    return undefined;
  }

  function onFrame() {
    frameScheduled = false;
    if (!pointer) return;
    if (pointer.onCard) {
      cancelClose();
      cancelPending();
      return;
    }
    const hit = hitTest(pointer.x, pointer.y);
    if (hit) {
      if (open?.entry === hit.entry) {
        cancelClose();
        cancelPending();
        return;
      }
      if (pending?.entry === hit.entry) return;
      cancelPending();
      const { layer, entry } = hit;
      // The card's code arrives while the pointer rests (usually loaded already, for the page's
      // claims; show() reports a failure).
      loadOnDemand().catch(() => undefined);
      pending = { layer, entry, timer: ctx.setTimeout(() => void show(layer, entry, 'hover'), OPEN_DELAY_MS) };
      return;
    }
    cancelPending();
    // Cards opened by a tap, the keyboard or the popup stay until Esc, scroll or a click elsewhere.
    if (open?.by === 'hover' && closeTimer === undefined) closeTimer = ctx.setTimeout(close, CLOSE_GRACE_MS);
  }

  function cancelPending() {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  }
  function cancelClose() {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  }

  const isOurs = (target: EventTarget | null) => !!ui && target === ui.shadowHost;

  ctx.addEventListener(
    document,
    'pointermove',
    (e: PointerEvent) => {
      // Touch has no hover: a finger dragging over a term opens nothing (taps: see pointerup).
      if (e.pointerType === 'touch') return;
      // At document level, events from inside our shadow root are retargeted to its host.
      pointer = { x: e.clientX, y: e.clientY, onCard: isOurs(e.target) };
      if (!frameScheduled) {
        frameScheduled = true;
        ctx.requestAnimationFrame(onFrame);
      }
    },
    { capture: true, passive: true },
  );
  // The pointer left the window (or the frame).
  ctx.addEventListener(document.documentElement, 'pointerleave', () => {
    pointer = undefined;
    cancelPending();
    if (open?.by === 'hover' && closeTimer === undefined) closeTimer = ctx.setTimeout(close, CLOSE_GRACE_MS);
  });
  ctx.addEventListener(
    document,
    'pointerdown',
    (e: PointerEvent) => {
      if (e.pointerType === 'touch') {
        // A second finger (a pinch) is not a tap.
        touch = e.isPrimary ? { x: e.clientX, y: e.clientY, time: e.timeStamp, pointerId: e.pointerId, wasOpen: open?.entry } : undefined;
      }
      if (open && !isOurs(e.target)) close();
    },
    { capture: true, passive: true },
  );
  // A tap on a term opens its card; a tap on the open card's term closes it (pointerdown did) and
  // leaves it closed. Nothing is prevented: the page sees the tap exactly as without us.
  ctx.addEventListener(
    document,
    'pointerup',
    (e: PointerEvent) => {
      if (e.pointerType !== 'touch' || !touch || e.pointerId !== touch.pointerId) return;
      const down = touch;
      touch = undefined;
      if (!isTap(down, { x: e.clientX, y: e.clientY, time: e.timeStamp })) return;
      if (isOurs(e.target) || isPageControl(e.composedPath()[0] ?? e.target)) return;
      const hit = hitTest(e.clientX, e.clientY);
      if (hit && hit.entry !== down.wasOpen) void show(hit.layer, hit.entry, 'touch');
    },
    { capture: true, passive: true },
  );
  // The browser took the touch over (a scroll, a zoom): not a tap.
  ctx.addEventListener(document, 'pointercancel', () => (touch = undefined), { capture: true, passive: true });
  ctx.addEventListener(
    window,
    'scroll',
    (e: Event) => {
      if (!open || ownScroll || isOurs(e.target)) return;
      close();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(window, 'resize', () => close(), { passive: true });
  // A click or tap in another frame is a click elsewhere too, but this document never sees it: it
  // sees its window lose focus. A frame closes a card the pointer opened then (a tapped one; a
  // hovered one closes when the pointer leaves), without taking focus back: focus went where the
  // reader put it. A card the keyboard or the popup opened in a frame is left alone, since focus
  // moves around it while the popup opens and closes. The top window also loses focus when the
  // reader switches tabs or apps, which must not close a card: it closes only when focus went into
  // one of its frames.
  ctx.addEventListener(window, 'blur', () => {
    if (!open) return;
    if (window !== window.top) {
      if (open.by !== 'touch' && open.by !== 'hover') return;
      previousFocus = undefined;
      close();
      return;
    }
    ctx.setTimeout(() => {
      const active = document.activeElement?.localName;
      if (open && (active === 'iframe' || active === 'frame')) close();
    }, 0);
  });
  ctx.addEventListener(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      // Esc anywhere closes the card; we do not swallow it, the page may use Esc as well.
      if (e.key === 'Escape' && open) close();
    },
    { capture: true },
  );

  // ---- keyboard and popup ----

  async function scrollIntoViewIfNeeded(entry: RangeEntry): Promise<boolean> {
    const live = liveRange(entry.range);
    if (!live) return false;
    const viewport = viewportSize();
    const inView = (b: Box | undefined) => !!b && b.top >= 0 && b.top + b.height <= viewport.height && b.left >= 0 && b.left + b.width <= viewport.width;
    if (inView(unionBox(live.getClientRects()))) return true;
    ownScroll = true;
    try {
      const start = live.startContainer;
      const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : (start.parentElement ?? ((start.getRootNode() as ShadowRoot).host as Element | undefined));
      // Brings nested scrolling containers along; then centre the term itself in the window.
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const after = unionBox(live.getClientRects());
      if (after && !inView(after)) window.scrollBy({ top: after.top - viewport.height / 3, behavior: 'instant' });
      // Scroll events fire in the next frame, before its animation callbacks: wait them out.
      await nextFrame();
      await nextFrame();
    } finally {
      ownScroll = false;
    }
    return true;
  }

  // A background tab gets no animation frames (a jump from a popup opened as a tab): a timer stands in.
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      ctx.requestAnimationFrame(() => resolve());
      ctx.setTimeout(resolve, 100);
    });

  /** Where "next" starts when no card is open: the first entry at or below the top of the window. */
  function startingPoint(layer: CardLayer<any>, direction: 'next' | 'previous', wrap: boolean): RangeEntry | undefined {
    const list = layer.index.entries() as RangeEntry[];
    const height = viewportSize().height;
    const top = (e: RangeEntry) => liveRange(e.range)?.getBoundingClientRect().top ?? Number.NaN;
    if (direction === 'next') return list.find((e) => top(e) >= 0) ?? (wrap ? list[0] : undefined);
    for (let i = list.length - 1; i >= 0; i--) if (top(list[i]!) < height) return list[i];
    return wrap ? list[list.length - 1] : undefined;
  }

  function isOnScreen(entry: RangeEntry): boolean {
    const box = liveRange(entry.range)?.getBoundingClientRect();
    return !!box && box.bottom > 0 && box.top < viewportSize().height;
  }

  const controller: CardController = {
    addLayer(layer) {
      layers.push(layer as CardLayer<any>);
      // Stable sort: equal priorities keep the order they were added in.
      byHitPriority = [...layers].sort((a, b) => (b.hitPriority ?? 0) - (a.hitPriority ?? 0));
      refreshShadowRoots();
      layer.index.onChange(() => {
        refreshShadowRoots();
        // The page removed the text of the open card: close it rather than point at nothing.
        if (open && !open.entry.range.startContainer.isConnected) close();
      });
    },
    async open(layerId, entry, by) {
      const layer = layers.find((l) => l.id === layerId);
      if (!layer) return false;
      if (by !== 'hover' && !(await scrollIntoViewIfNeeded(entry))) return false;
      if (layer.id === layers[0]?.id) lastNavigated = entry;
      return show(layer, entry, by);
    },
    async navigate(direction, layerId, { wrap = true, fromEdge = false } = {}) {
      const layer = layerId ? layers.find((l) => l.id === layerId) : layers[0];
      if (!layer) return undefined;
      const list = layer.index.entries() as RangeEntry[];
      if (list.length === 0) return undefined;
      // Continue from the open card, or from the last jump if it is still on screen; a reader who
      // has scrolled elsewhere starts from what is in front of them.
      const from = fromEdge
        ? undefined
        : open?.layer === layer
          ? open.entry
          : lastNavigated && list.includes(lastNavigated) && isOnScreen(lastNavigated)
            ? lastNavigated
            : undefined;
      const i = from ? list.indexOf(from) : -1;
      let target: RangeEntry | undefined;
      if (fromEdge) target = direction === 'next' ? list[0] : list[list.length - 1];
      else if (!from) target = startingPoint(layer, direction, wrap);
      else if (direction === 'next') target = layer.index.next?.(from as never, wrap) ?? (wrap ? list[(i + 1) % list.length] : list[i + 1]);
      else target = layer.index.previous?.(from as never, wrap) ?? (wrap ? list[(i - 1 + list.length) % list.length] : list[i - 1]);
      if (!target) return undefined;
      return (await controller.open(layer.id, target, 'keyboard')) ? target : undefined;
    },
    close,
    current: () => open?.entry,
    refresh() {
      if (!open) return;
      const { layer, entry, by } = open;
      void show(layer, entry, by);
    },
  };
  return controller;
}

function viewportSize(): { width: number; height: number } {
  const de = document.documentElement;
  // clientWidth/Height leave out scroll bars; fall back to the window in odd documents.
  return { width: de.clientWidth || window.innerWidth, height: de.clientHeight || window.innerHeight };
}

/** The focused element, looking into open shadow roots (ours included). */
function deepActiveElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && isHtmlElement(el) && el !== document.body ? el : undefined;
}

const TEXT_INPUTS = /^(?:text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/;

/** Whether the user is typing in this element: we must not take focus away from it. */
function isTyping(el: HTMLElement | undefined): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (isTextField(el)) return (el.localName === 'textarea' || TEXT_INPUTS.test((el as HTMLInputElement).type)) && !el.readOnly && !el.disabled;
  return false;
}
