// How an element takes part in the flow of text around it, from its COMPUTED display: pages restyle
// <div> as inline and <span> as block (and flex or grid items are blockified), so tag names lie.
// Only asked for the few elements around a candidate, never for a whole page.
import { CERTLENS_UI_TAG } from './exclusions';

/**
 * - inline: its text joins the text around it (display inline / contents, ruby bases);
 * - boundary: it starts and ends a block (block, list-item, table parts, flex / grid items,
 *   inline-block and other atomic inlines, <br>, images and other replaced elements, form fields,
 *   editable regions);
 * - hidden: renders nothing (display none, ruby annotations): skipped, and it does not split the
 *   text around it either, as a reader sees it.
 */
export type Flow = 'inline' | 'boundary' | 'hidden';

/** Inline by display, but a break in the text all the same. */
const ATOMIC = new Set([
  'br',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'input',
  'textarea',
  'select',
  'button',
  'meter',
  'progress',
  'hr',
]);

export type FlowOf = (el: Element) => Flow;

/** A flow function that remembers answers for the duration of one batch of work. */
export function createFlowOf(isEditableRoot: (el: Element) => boolean): FlowOf & { forget(): void } {
  let cache = new Map<Element, Flow>();
  const flowOf = (el: Element): Flow => {
    let flow = cache.get(el);
    if (flow) return flow;
    flow = compute(el, isEditableRoot);
    cache.set(el, flow);
    return flow;
  };
  flowOf.forget = () => {
    cache = new Map();
  };
  return flowOf;
}

function compute(el: Element, isEditableRoot: (el: Element) => boolean): Flow {
  const tag = el.localName;
  if (tag === 'wbr') return 'inline';
  // Our own UI is not part of the page's text.
  if (tag === CERTLENS_UI_TAG) return 'hidden';
  const view = el.ownerDocument.defaultView;
  const display = view ? view.getComputedStyle(el).display : 'inline';
  if (display === 'none' || display === 'ruby-text') return 'hidden';
  if (ATOMIC.has(tag)) return 'boundary';
  if (isEditableRoot(el)) return 'boundary';
  return display === 'inline' || display === 'contents' || display === 'ruby' || display === 'ruby-base' ? 'inline' : 'boundary';
}
