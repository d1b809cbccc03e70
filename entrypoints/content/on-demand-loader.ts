// Loads on-demand.ts. In the built extension it is a file of its own (content-on-demand.js, which
// our content script imports at the extension's id and pages cannot fetch: use_dynamic_url), when first needed; in
// tests and in the benchmark's bundle, where there is no such file, it is a plain dynamic import
// (the bundler keeps it in the same file).
import { browser } from 'wxt/browser';
import { lazyImport } from '@/utils/lazy';

type OnDemand = typeof import('./on-demand');

/** Defined (true) by modules/content-on-demand.ts in the content script's build only. */
declare const __CERTLENS_ON_DEMAND_BUILT__: true | undefined;

const onDemandModule = lazyImport<OnDemand>(() =>
  typeof __CERTLENS_ON_DEMAND_BUILT__ !== 'undefined'
    ? import(/* @vite-ignore */ browser.runtime.getURL('/content-on-demand.js'))
    : import('./on-demand'),
);

/**
 * Starts loading the module (once; later calls get the same promise). In the extension that is a
 * fetch and a compile of ~250 KB (off the main thread, but tens of ms), so callers start it as soon as a page has a
 * candidate, not when the reader first hovers. It rejects if the extension's files are gone (the
 * extension was updated or removed under the page): callers then go without, and say so once.
 */
export const loadOnDemand = onDemandModule.load;

/** The module if it has arrived, else undefined. */
export const onDemandLoaded = onDemandModule.loaded;

/** Whether loading it failed (see loadOnDemand). */
export const onDemandFailed = onDemandModule.failed;

/** The loaded module, for code that runs only after loadOnDemand() has resolved. */
export function onDemand(): OnDemand {
  const loaded = onDemandModule.loaded();
  if (!loaded) throw new Error('[CertLens] on-demand code used before loadOnDemand()');
  return loaded;
}
