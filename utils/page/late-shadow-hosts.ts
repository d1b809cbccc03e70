// Custom elements that may get a shadow root later. A component whose definition arrives late (a
// lazily loaded bundle, on scroll or on a click) attaches its shadow root to an element already in
// the page, which no MutationObserver sees, and the page engine's rediscovery walk after load may
// have come too early. Such elements are looked at again on a timer that backs off: one property
// read each.

/**
 * At most this many are watched: a light-DOM component never gets a shadow root, and a page of
 * thousands must not cost thousands of reads.
 */
export const MAX_WATCHED_HOSTS = 512;
/** The first look comes after this; each one after it waits twice as long, up to the most. */
export const HOST_CHECK_FIRST_MS = 1000;
export const HOST_CHECK_MOST_MS = 30_000;

export class LateShadowHosts {
  readonly #view: () => Window | null;
  readonly #attached: (host: Element) => void;
  readonly #hosts = new Set<Element>();
  #timer: number | undefined;
  #delay = HOST_CHECK_FIRST_MS;
  #due = 0;

  /**
   * @param view the window whose timers to use (null once its document is gone)
   * @param attached called once with each watched element that now has a shadow root
   */
  constructor(view: () => Window | null, attached: (host: Element) => void) {
    this.#view = view;
    this.#attached = attached;
  }

  /** How many elements are watched now. */
  get size(): number {
    return this.#hosts.size;
  }

  /** Watches a custom element seen without a shadow root. A new one brings the next look forward. */
  watch(el: Element): void {
    if (this.#hosts.has(el) || this.#hosts.size >= MAX_WATCHED_HOSTS) return;
    this.#hosts.add(el);
    this.#delay = HOST_CHECK_FIRST_MS;
    // A look already due sooner stays; a later one is brought forward.
    if (this.#timer === undefined || this.#due > performance.now() + this.#delay) this.#schedule();
  }

  /** Forgets every element and stops the timer. */
  clear(): void {
    this.#hosts.clear();
    if (this.#timer !== undefined) this.#view()?.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** (Re)starts the timer of #check, due in #delay. */
  #schedule(): void {
    const view = this.#view();
    if (!view) return;
    if (this.#timer !== undefined) view.clearTimeout(this.#timer);
    this.#due = performance.now() + this.#delay;
    this.#timer = view.setTimeout(() => this.#check(), this.#delay);
  }

  #check(): void {
    this.#timer = undefined;
    for (const el of this.#hosts) {
      if (!el.isConnected) this.#hosts.delete(el);
      else if (el.shadowRoot) {
        this.#hosts.delete(el);
        this.#attached(el);
      }
    }
    if (this.#hosts.size === 0) return;
    this.#delay = Math.min(this.#delay * 2, HOST_CHECK_MOST_MS);
    this.#schedule();
  }
}
