// "Never break the page": for randomly generated pages (nested inline and block elements, names
// cut at every position, near-misses, traditional script, invisible characters, open and closed
// shadow roots, srcdoc frames, editable regions and form fields, mutations while CertLens scans),
// CertLens changes nothing in the page, and highlights exactly the real mentions.
//
// How: tests/fixtures/reliability-fuzz.js builds each generated page in one fixture tab (many pages
// per load, so 1,000 cost ten loads) and checks the invariants from the page's own world (see its
// header). A control browser without the extension builds the same pages: their serialized DOMs
// and node counts must be the same as with CertLens.
//
// Reproducible: CERTLENS_FUZZ_SEED (default fixed, "random" for a new one), CERTLENS_FUZZ_RUNS
// (default 1000), CERTLENS_FUZZ_PATH=<path from a failure> to replay one page, CERTLENS_FUZZ_SHRINK=1
// to let fast-check shrink a failure to a small page.
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, launchWithoutExtension, type PlainSession, type Session } from '../harness/extension';
import { fuzzCase, type FuzzCase } from './reliability-dom-model';

const RUNS = Number(process.env.CERTLENS_FUZZ_RUNS ?? 1000);
const SEED = process.env.CERTLENS_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.CERTLENS_FUZZ_SEED ?? 20261101);
/**
 * Scenarios where the engine is known to be wrong (reported, see docs/reliability.md), left out of
 * the default run so that the rest keeps guarding; CERTLENS_FUZZ_KNOWN=1 puts them back in.
 * - closedRootTargets: text the engine already indexed, moved into a CLOSED shadow root, is
 *   highlighted there (the engine never looks into closed roots otherwise), so the page's own
 *   changes inside closed roots are left out.
 * - crossDocumentMoves: a text node moved from a frame into its parent document (or back) stays
 *   highlighted by the engine of the document it left, in that document's registry (the engine
 *   takes `isConnected` to mean "in my document").
 * - inlineEditableToggles: when an INLINE element becomes editable (a break in the text) or stops
 *   being editable, only the text inside it is looked at again, not the text on either side, so
 *   a name across it stays highlighted (or is not found) until that text changes.
 * - movesIntoEditable: reading text the engine highlighted, moved by the page into an editable
 *   region, stays highlighted there (changes inside editable regions are skipped, and the removal
 *   from the old place only drops what is no longer in the document).
 */
const KNOWN_GAPS = {
  closedRootTargets: process.env.CERTLENS_FUZZ_KNOWN === '1',
  crossDocumentMoves: process.env.CERTLENS_FUZZ_KNOWN === '1',
  inlineEditableToggles: process.env.CERTLENS_FUZZ_KNOWN === '1',
  movesIntoEditable: process.env.CERTLENS_FUZZ_KNOWN === '1',
};
/** Generated pages per page load: a fresh engine now and then, without paying a load per page. */
const PER_LOAD = 100;

interface RunResult {
  problems: string[];
  serialized: string;
  nodes: number;
  mentions: number;
  others: number;
  blocks: number;
  frames: number;
  shadowRoots: number;
  splitMentions: number;
  ms: number;
}

interface ControlResult {
  problems: string[];
  serialized: string;
  nodes: number;
  mentions: number;
  highlights: string[];
}

let session: Session;
let control: PlainSession;
beforeAll(async () => {
  [session, control] = await Promise.all([launch(), launchWithoutExtension()]);
});
afterAll(async () => {
  await Promise.all([session?.close(), control?.close()]);
});

describe('invariants on generated pages', () => {
  it(`${RUNS} generated pages: unchanged by CertLens, and exactly the real mentions highlighted`, { timeout: 15 * 60_000 }, async () => {
    console.log(`[fuzz] seed ${SEED}, ${RUNS} pages (CERTLENS_FUZZ_SEED=${SEED} reproduces this run)`);
    let page: Page | undefined;
    let plain: Page | undefined;
    let onPage = 0;
    const totals = { pages: 0, mentions: 0, split: 0, frames: 0, shadowRoots: 0, withMentions: 0, ms: 0, slowest: 0 };
    const pageErrors: string[] = [];

    const fresh = async () => {
      await page?.close();
      await plain?.close();
      page = await session.open('reliability-fuzz.html');
      plain = await control.open('reliability-fuzz.html');
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
      onPage = 0;
    };

    const property = fc.asyncProperty(fuzzCase, async (c: FuzzCase) => {
      if (!page || onPage++ >= PER_LOAD) await fresh();
      const [withCertLens, without] = await Promise.all([
        page!.evaluate(([c, o]) => (window as unknown as { __fuzz: { run(c: unknown, o: unknown): Promise<RunResult> } }).__fuzz.run(c, o), [c, KNOWN_GAPS] as const),
        plain!.evaluate(([c, o]) => (window as unknown as { __fuzz: { build(c: unknown, o: unknown): Promise<ControlResult> } }).__fuzz.build(c, o), [c, KNOWN_GAPS] as const),
      ]);
      const problems = [...withCertLens.problems, ...without.problems.map((p) => `control: ${p}`)];
      if (without.serialized !== withCertLens.serialized) problems.push('the page differs from the same page built without the extension');
      if (without.nodes !== withCertLens.nodes) problems.push(`node count ${withCertLens.nodes} with the extension, ${without.nodes} without`);
      if (without.highlights.some((h) => h.startsWith('certlens-'))) problems.push('the control browser has CertLens highlights');
      if (pageErrors.length > 0) problems.push(`errors in the page: ${pageErrors.splice(0).join('; ')}`);
      if (problems.length > 0) throw new Error(problems.join('\n'));

      totals.pages++;
      totals.mentions += withCertLens.mentions;
      totals.split += withCertLens.splitMentions;
      totals.frames += withCertLens.frames;
      totals.shadowRoots += withCertLens.shadowRoots;
      totals.withMentions += withCertLens.mentions > 0 ? 1 : 0;
      totals.ms += withCertLens.ms;
      totals.slowest = Math.max(totals.slowest, withCertLens.ms);
    });

    try {
      await fc.assert(property, {
        numRuns: RUNS,
        seed: SEED,
        endOnFailure: process.env.CERTLENS_FUZZ_SHRINK !== '1',
        // fast-check's "path" of a failure: replays just that page.
        ...(process.env.CERTLENS_FUZZ_PATH ? { path: process.env.CERTLENS_FUZZ_PATH } : {}),
      });
    } finally {
      await page?.close();
      await plain?.close();
      console.log(`[fuzz] ${JSON.stringify(totals)}`);
    }

    // The generator really produced what the invariants are about (a fuzz that only made empty
    // pages would pass too).
    if (process.env.CERTLENS_FUZZ_PATH) return;
    expect(totals.pages).toBe(RUNS);
    expect(totals.withMentions).toBeGreaterThan(RUNS * 0.4);
    expect(totals.split).toBeGreaterThan(RUNS * 0.2);
    expect(totals.frames).toBeGreaterThan(RUNS * 0.05);
    expect(totals.shadowRoots).toBeGreaterThan(RUNS * 0.1);
  });
});
