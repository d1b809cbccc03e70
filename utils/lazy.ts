/**
 * A value made on first use and kept. For setup that a content script would otherwise do on
 * every page load (compiling expressions from data) although most pages never need it.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * A module loaded on first need with import(): `load` starts it once (later calls get the same
 * promise), `loaded` gives it synchronously once it has arrived. The bundler keeps such a module in
 * the content script's file and runs its code only on the first load.
 */
export function lazyImport<M>(importer: () => Promise<M>): { load(): Promise<M>; loaded(): M | undefined } {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () => (loading ??= importer().then((m) => (module = m))),
    loaded: () => module,
  };
}
