// Whether a claim's underline would vanish into what it is drawn on. Agencies put their strongest
// claims ("人社部颁发，国家职业资格证书") in white on red banners, where a red wavy underline is
// invisible: the most important flag, gone where it matters most. The claim is then registered
// under its verdict's contrast highlight (utils/claims/highlight-styles.ts), a light tint of the
// same colour. The parsing and arithmetic are pure (unit-tested); `backdropOf` reads computed styles.

export type Rgb = readonly [number, number, number];

interface Paint {
  rgb: Rgb;
  alpha: number;
}

/** rgb()/rgba() as computed styles give them (modern and legacy syntax); null for anything else. */
export function parseColour(css: string): Paint | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[5] ? Number(m[4]) / 100 : Number(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

/** The mean of a gradient's colour stops (computed background-image: rgb() stops), or null. */
export function gradientPaint(image: string): Paint | null {
  if (!/gradient\(/.test(image) || /url\(/.test(image)) return null;
  const stops = [...image.matchAll(/rgba?\([^)]*\)/g)].map((m) => parseColour(m[0])).filter((p): p is Paint => !!p);
  if (stops.length === 0) return null;
  const mean = (f: (p: Paint) => number) => stops.reduce((sum, p) => sum + f(p), 0) / stops.length;
  return { rgb: [mean((p) => p.rgb[0]), mean((p) => p.rgb[1]), mean((p) => p.rgb[2])], alpha: mean((p) => p.alpha) };
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const over = (top: Paint, below: Rgb): Rgb => [0, 1, 2].map((i) => top.rgb[i]! * top.alpha + below[i]! * (1 - top.alpha)) as unknown as Rgb;

/** What is drawn below a text, given its own and its ancestors' backgrounds, innermost first. */
export interface Layer {
  color: string;
  image: string;
}

/**
 * The colour behind a text: the layers are composited from the first opaque one (or the white
 * canvas) up. Null when an image (a photo, an icon) lies behind it: its colour is unknown.
 */
export function backdropColour(layers: Iterable<Layer>): Rgb | null {
  const paints: Paint[] = [];
  for (const layer of layers) {
    if (layer.image && layer.image !== 'none') {
      const gradient = gradientPaint(layer.image);
      if (!gradient) return null;
      paints.push(gradient);
      if (gradient.alpha >= 0.99) break;
    }
    const colour = parseColour(layer.color);
    if (colour && colour.alpha > 0) {
      paints.push(colour);
      if (colour.alpha >= 0.99) break;
    }
  }
  let rgb: Rgb = [255, 255, 255];
  for (let i = paints.length - 1; i >= 0; i--) rgb = over(paints[i]!, rgb);
  return rgb;
}

/** Below this, a wavy line in the verdict's colour is hard to see on the backdrop (WCAG: 3 for graphics). */
export const MIN_UNDERLINE_CONTRAST = 3;

/**
 * Whether the contrast variant shows better: on a known backdrop, when the verdict's colour falls
 * under MIN_UNDERLINE_CONTRAST there and its tint does better; on an unknown one (an image), when
 * the page writes the text in a light colour (it expects a dark backdrop).
 */
export function needsContrastVariant(verdictColour: Rgb, tint: Rgb, backdrop: Rgb | null, textColour: Rgb | null): boolean {
  if (!backdrop) return !!textColour && luminance(textColour) > 0.5;
  const plain = contrast(verdictColour, backdrop);
  return plain < MIN_UNDERLINE_CONTRAST && contrast(tint, backdrop) > plain;
}

/**
 * The text colour at a text node, and the layers behind it from computed styles (across shadow
 * roots, up to the root element). The layers are read as backdropColour asks for them: it stops at
 * the first opaque one, so the ancestors above it are never styled.
 */
export function layersBehind(node: Node): { layers: Iterable<Layer>; text: string } | null {
  const first: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const view = first?.ownerDocument.defaultView;
  if (!first || !view) return null;
  const style = view.getComputedStyle(first);
  function* layers(): Generator<Layer> {
    let el: Element | null = first;
    for (let k = 0; el && k < 64; k++) {
      const s = el === first ? style : view!.getComputedStyle(el);
      yield { color: s.backgroundColor, image: s.backgroundImage };
      el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
  }
  return { layers: layers(), text: style.color };
}
