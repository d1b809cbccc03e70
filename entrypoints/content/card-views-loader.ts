// Loads card-views.tsx on first need. The bundler keeps it in the content script's file and runs
// its module code only when it is first loaded (no request, no web-accessible resource).
import { lazyImport } from '@/utils/lazy';

const views = lazyImport(() => import('./card-views'));

export const loadCardViews = views.load;

/** The loaded views; a layer's render runs only after its load (card-controller.ts). */
export function cardViews(): typeof import('./card-views') {
  const loaded = views.loaded();
  if (!loaded) throw new Error('[CertLens] card views used before loadCardViews()');
  return loaded;
}
