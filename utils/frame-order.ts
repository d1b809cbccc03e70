// The order of a tab's frames, as the reader meets them: the popup lists them in it, and keyboard
// navigation goes through them in it.

/** Top frame first; then by position in the page (framePath, lexicographic), then by frame id. */
export function byFramePosition(a: number, pa: readonly number[] | undefined, b: number, pb: readonly number[] | undefined): number {
  if ((a === 0) !== (b === 0)) return a === 0 ? -1 : 1;
  if (pa && pb) {
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
    if (pa.length !== pb.length) return pa.length - pb.length; // a frame before the frames inside it
  } else if (pa || pb) return pa ? -1 : 1;
  return a - b;
}
