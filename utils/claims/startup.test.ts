// The content script loads on every page, in every frame, and most pages never check a claim: the
// checker's expressions must not be built while it loads (they were, until the ninth session:
// ~10 ms of every page's load, and an idle task of 18-28 ms compiling them).
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealRegExp = RegExp;

/** Runs `body` with every `new RegExp(source)` noted (literals are not: they are not built from data). */
async function sourcesBuiltDuring(body: () => Promise<unknown>): Promise<string[]> {
  const built: string[] = [];
  globalThis.RegExp = new Proxy(RealRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      built.push(args[0] instanceof RealRegExp ? args[0].source : String(args[0]));
      return Reflect.construct(target, args);
    },
  });
  try {
    await body();
  } finally {
    globalThis.RegExp = RealRegExp;
  }
  return built;
}

afterEach(() => {
  globalThis.RegExp = RealRegExp;
});

describe('loading the claim analyzer', () => {
  it('builds none of the rules’ expressions; the first check does', async () => {
    // Transformed once outside the count: Vite's transform of the loader's import() parses with
    // regular expressions of its own, which the count below must not see (nor break).
    await import('../../entrypoints/content/on-demand-loader');
    vi.resetModules();
    let analyzerModule: typeof import('../../entrypoints/content/claims-analyzer') | undefined;
    const atLoad = await sourcesBuiltDuring(async () => {
      analyzerModule = await import('../../entrypoints/content/claims-analyzer');
      analyzerModule.createClaimsAnalyzer();
    });
    const { CLAIM_RULES, wordingOf } = await import('../../data/claim-rules');
    const { ruleTrigger } = await import('./check');
    const wordings = new Set(CLAIM_RULES.flatMap((r) => wordingOf(r)));
    const gates = new Set(CLAIM_RULES.map((r) => ruleTrigger(r).source));
    expect(atLoad.filter((s) => wordings.has(s) || gates.has(s))).toEqual([]);

    // The same count sees them built by the first check.
    const { checkText } = await import('./check');
    const atFirstCheck = await sourcesBuiltDuring(async () => checkText('互联网营销师证书由人社部颁发，包过。'));
    expect(atFirstCheck.filter((s) => wordings.has(s)).length).toBe(wordings.size);
  });
});
