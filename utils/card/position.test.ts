import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, overlaps, placeCard, pointInRects, unionBox } from './position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below the term, aligned with its left edge', () => {
    const term = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(term, card, viewport);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 120 + GAP });
    expect(overlaps(term, { ...p, ...card })).toBe(false);
  });

  it('flips above a term near the bottom edge, without covering it', () => {
    const term = { left: 100, top: 700, width: 80, height: 20 };
    const p = placeCard(term, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(700 - GAP);
    expect(overlaps(term, { ...p, ...card })).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
  });

  it('shifts left near the right edge and stays inside the viewport', () => {
    const term = { left: 950, top: 100, width: 40, height: 20 };
    const p = placeCard(term, card, viewport);
    expect(p.left + card.width).toBe(viewport.width - MARGIN);
  });

  it('keeps a card wider than the viewport at the left margin', () => {
    const p = placeCard({ left: 50, top: 10, width: 40, height: 20 }, { width: 2000, height: 100 }, viewport);
    expect(p.left).toBe(MARGIN);
  });

  it('limits the height to the larger side when the card fits on neither', () => {
    const term = { left: 10, top: 500, width: 40, height: 20 };
    const p = placeCard(term, { width: 300, height: 1200 }, viewport);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(500 - GAP - MARGIN);
    expect(p.top).toBe(MARGIN);
  });

  it('stays below when below has more room even if the card does not fit', () => {
    const p = placeCard({ left: 10, top: 200, width: 40, height: 20 }, { width: 300, height: 1200 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height - MARGIN);
  });
});

describe('unionBox and pointInRects', () => {
  const lines = [
    { left: 900, top: 100, width: 90, height: 20 },
    { left: 0, top: 120, width: 30, height: 20 },
    { left: 5, top: 5, width: 0, height: 0 },
  ];
  it('unites line boxes and skips empty ones', () => {
    expect(unionBox(lines)).toEqual({ left: 0, top: 100, width: 990, height: 40 });
    expect(unionBox([])).toBeUndefined();
  });
  it('finds a point inside one of the boxes only', () => {
    expect(pointInRects(950, 110, lines)).toBe(true);
    expect(pointInRects(10, 130, lines)).toBe(true);
    // Inside the union but in neither line box: the gap beside a wrapped term.
    expect(pointInRects(500, 110, lines)).toBe(false);
  });
});
