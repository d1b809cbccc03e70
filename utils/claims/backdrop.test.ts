import { describe, expect, it } from 'vitest';
import { CLAIM_COLOURS, CLAIM_TINTS } from './highlight-styles';
import { backdropColour, contrast, gradientPaint, MIN_UNDERLINE_CONTRAST, needsContrastVariant, parseColour, type Rgb } from './backdrop';

const none = { color: 'rgba(0, 0, 0, 0)', image: 'none' };

describe('parseColour and gradientPaint', () => {
  it('reads computed rgb()/rgba() in both syntaxes', () => {
    expect(parseColour('rgb(214, 40, 40)')).toEqual({ rgb: [214, 40, 40], alpha: 1 });
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual({ rgb: [0, 0, 0], alpha: 0.5 });
    expect(parseColour('rgb(10 20 30 / 25%)')).toEqual({ rgb: [10, 20, 30], alpha: 0.25 });
    expect(parseColour('oklch(0.6 0.2 30)')).toBeNull();
  });
  it('averages a gradient\'s stops, and knows nothing of images', () => {
    expect(gradientPaint('linear-gradient(135deg, rgb(200, 40, 40), rgb(240, 110, 0))')).toEqual({ rgb: [220, 75, 20], alpha: 1 });
    expect(gradientPaint('url("banner.jpg")')).toBeNull();
    expect(gradientPaint('linear-gradient(rgb(0, 0, 0), rgb(0, 0, 0)), url("x.png")')).toBeNull();
  });
});

describe('backdropColour', () => {
  it('is the first opaque background up the tree, translucent ones composited over it', () => {
    expect(backdropColour([none, { color: 'rgb(30, 30, 30)', image: 'none' }, { color: 'rgb(255, 255, 255)', image: 'none' }])).toEqual([30, 30, 30]);
    expect(backdropColour([{ color: 'rgba(0, 0, 0, 0.5)', image: 'none' }, { color: 'rgb(200, 200, 200)', image: 'none' }])).toEqual([100, 100, 100]);
  });
  it('is the white canvas when nothing is painted, and unknown behind an image', () => {
    expect(backdropColour([none, none])).toEqual([255, 255, 255]);
    expect(backdropColour([none, { color: 'rgb(255, 0, 0)', image: 'url("photo.jpg")' }])).toBeNull();
  });
  it('puts an element\'s gradient over its own background colour', () => {
    expect(backdropColour([{ color: 'rgb(255, 255, 255)', image: 'linear-gradient(rgb(200, 40, 40), rgb(240, 110, 0))' }])).toEqual([220, 75, 20]);
  });
});

describe('needsContrastVariant', () => {
  const red = CLAIM_COLOURS.contradicts;
  const tint = CLAIM_TINTS.contradicts;
  it('takes the tint on a red banner, where the red line vanishes', () => {
    const banner: Rgb = [220, 75, 20];
    expect(contrast(red, banner)).toBeLessThan(MIN_UNDERLINE_CONTRAST);
    expect(needsContrastVariant(red, tint, banner, [255, 255, 255])).toBe(true);
  });
  it('keeps the verdict colour on white, light grey and dark pages, where it shows', () => {
    for (const page of [[255, 255, 255], [243, 244, 246], [18, 18, 18]] as Rgb[]) {
      expect(contrast(red, page), String(page)).toBeGreaterThanOrEqual(MIN_UNDERLINE_CONTRAST);
      expect(needsContrastVariant(red, tint, page, null)).toBe(false);
    }
  });
  it('every verdict: its colour shows on white, its tint on the red banner better than the colour', () => {
    for (const v of Object.keys(CLAIM_COLOURS) as (keyof typeof CLAIM_COLOURS)[]) {
      expect(contrast(CLAIM_COLOURS[v], [255, 255, 255]), v).toBeGreaterThanOrEqual(MIN_UNDERLINE_CONTRAST);
      expect(contrast(CLAIM_TINTS[v], [220, 75, 20]), v).toBeGreaterThan(contrast(CLAIM_COLOURS[v], [220, 75, 20]));
    }
  });
  it('behind an image, goes by the text colour: light text means a dark picture', () => {
    expect(needsContrastVariant(red, tint, null, [255, 255, 255])).toBe(true);
    expect(needsContrastVariant(red, tint, null, [34, 34, 34])).toBe(false);
    expect(needsContrastVariant(red, tint, null, null)).toBe(false);
  });
});
