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
 * promise, also a rejected one: a file that failed to load is not fetched again), `loaded` gives it
 * synchronously once it has arrived, `failed` says whether it never will.
 */
export function lazyImport<M>(importer: () => Promise<M>): { load(): Promise<M>; loaded(): M | undefined; failed(): boolean } {
  let module: M | undefined;
  let failed = false;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      // Through a promise: an importer that throws at once (an extension context gone under an old
      // content script) rejects like one that fails later, and never throws at the caller.
      (loading ??= Promise.resolve().then(importer).then(
        (m) => (module = m),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      )),
    loaded: () => module,
    failed: () => failed,
  };
}
