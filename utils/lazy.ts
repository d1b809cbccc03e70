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
