import { describe, expect, it } from 'vitest';
import { lazy, lazyImport } from './lazy';

describe('lazy', () => {
  it('makes the value on first use only, and once (also a falsy one)', () => {
    let made = 0;
    const value = lazy(() => {
      made++;
      return made > 1 ? 'again' : undefined;
    });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });
});

describe('lazyImport', () => {
  it('imports on the first load only, once, and has the module synchronously after', async () => {
    let imports = 0;
    const module = lazyImport(async () => {
      imports++;
      return { answer: 42 };
    });
    expect(imports).toBe(0);
    expect(module.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([module.load(), module.load()]);
    expect(a).toBe(b);
    expect(imports).toBe(1);
    expect(module.loaded()).toBe(a);
  });
});

describe('lazyImport that fails', () => {
  it('rejects every load with the same error, imports once, and says it failed', async () => {
    let imports = 0;
    const module = lazyImport<{ answer: number }>(async () => {
      imports++;
      throw new Error('gone');
    });
    expect(module.failed()).toBe(false);
    await expect(module.load()).rejects.toThrow('gone');
    await expect(module.load()).rejects.toThrow('gone');
    expect(imports).toBe(1);
    expect(module.failed()).toBe(true);
    expect(module.loaded()).toBeUndefined();
  });
});

describe('lazyImport whose importer throws at once', () => {
  it('rejects instead of throwing at the caller', async () => {
    const module = lazyImport<{ answer: number }>(() => {
      throw new Error('context invalidated');
    });
    let thrown: unknown;
    let loading: Promise<unknown> | undefined;
    try {
      loading = module.load();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeUndefined();
    await expect(loading).rejects.toThrow('context invalidated');
    expect(module.failed()).toBe(true);
  });
});
