import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHECK_FIRST_MS, HOST_CHECK_MOST_MS, LateShadowHosts, MAX_WATCHED_HOSTS } from './late-shadow-hosts';

describe('custom elements that get a shadow root later', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  const watchOn = () => {
    const attached: Element[] = [];
    const hosts = new LateShadowHosts(() => window, (host) => attached.push(host));
    return { hosts, attached };
  };
  const element = (name = 'late-card') => document.body.appendChild(document.createElement(name));

  it('reports an element once it has a shadow root, at the next look, and then forgets it', () => {
    const { hosts, attached } = watchOn();
    const card = element();
    hosts.watch(card);
    card.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(HOST_CHECK_FIRST_MS - 1);
    expect(attached).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(attached).toEqual([card]);
    expect(hosts.size).toBe(0);
    vi.advanceTimersByTime(HOST_CHECK_MOST_MS * 2);
    expect(attached).toEqual([card]);
  });

  it('looks less and less often at elements that never get one, and sooner again when a new one is seen', () => {
    const { hosts, attached } = watchOn();
    hosts.watch(element('light-card'));
    // Looks at 1, 3, 7, 15 s...: a root attached at 4 s is seen at 7 s.
    vi.advanceTimersByTime(4000);
    const late = element('later-card');
    late.attachShadow({ mode: 'open' });
    hosts.watch(late);
    // The new one brings the next look forward to 1 s from now.
    vi.advanceTimersByTime(HOST_CHECK_FIRST_MS);
    expect(attached).toEqual([late]);
    expect(hosts.size).toBe(1);
  });

  it('drops elements the page removed, and stops looking when none is left', () => {
    const { hosts, attached } = watchOn();
    const card = element();
    hosts.watch(card);
    card.remove();
    vi.advanceTimersByTime(HOST_CHECK_FIRST_MS);
    expect(hosts.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(attached).toEqual([]);
  });

  it(`watches at most ${MAX_WATCHED_HOSTS} elements, and nothing after clear()`, () => {
    const { hosts, attached } = watchOn();
    for (let i = 0; i <= MAX_WATCHED_HOSTS; i++) hosts.watch(element());
    expect(hosts.size).toBe(MAX_WATCHED_HOSTS);
    const card = element();
    hosts.watch(card);
    card.attachShadow({ mode: 'open' });
    hosts.clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(HOST_CHECK_MOST_MS);
    expect(attached).toEqual([]);
  });
});
