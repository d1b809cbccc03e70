import { describe, expect, it } from 'vitest';
import { lazy } from './lazy';

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
