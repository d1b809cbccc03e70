// What is not reading text, and so never scanned or highlighted: code, styles, form fields, the
// document head, editable regions (the user's own typing is never touched) and CertLens's own UI.

/**
 * Tag name of the host element of CertLens's page UI (hover card). The UI must mount under this
 * name (WXT createShadowRootUi `name`) so the engine never scans its own text.
 */
export const CERTLENS_UI_TAG = 'certlens-ui';

/** Text inside these elements is never scanned. */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'object',
  'embed',
  CERTLENS_UI_TAG,
]);

/** Editable regions, found by attribute (never by isContentEditable, which forces a style recalculation while the user types). */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

/** Whether text under `el` is editable by the user (contenteditable or designMode). */
export function isEditable(el: Element): boolean {
  return el.ownerDocument.designMode === 'on' || el.closest(EDITABLE_SELECTOR) !== null;
}

/**
 * Whether the text node is outside reading text (see EXCLUDED_TAGS and isEditable). One walk up
 * the ancestors comparing tag names and one attribute, remembering the answer for every element
 * passed in `memo` (candidates share most of their ancestors): asked for every candidate.
 */
export function isExcluded(text: Text, memo?: Map<Element, boolean>, designMode?: boolean): boolean {
  // `designMode`: the document's, when the caller already knows it (the engine reads it once per slice).
  if (designMode ?? text.ownerDocument.designMode === 'on') return true;
  const path: Element[] = [];
  let excluded = false;
  for (let el = text.parentElement; el; el = el.parentElement) {
    const known = memo?.get(el);
    if (known !== undefined) {
      excluded = known;
      break;
    }
    path.push(el);
    const editable = el.getAttribute('contenteditable');
    if (EXCLUDED_TAGS.has(el.localName) || (editable !== null && editable.toLowerCase() !== 'false')) {
      excluded = true;
      break;
    }
  }
  if (memo) for (const el of path) memo.set(el, excluded);
  return excluded;
}
