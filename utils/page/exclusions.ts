// What is not reading text, and so never scanned or highlighted: code, styles, form fields, the
// document head, editable regions (the user's own typing is never touched) and CertLens's own UI.

/**
 * Tag name of the host element of CertLens's page UI (hover card). The UI must mount under this
 * name (WXT createShadowRootUi `name`) so the engine never scans its own text.
 */
export const CERTLENS_UI_TAG = 'certlens-ui';

/** Text inside these is never scanned. */
export const EXCLUDED_SELECTOR = [
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
].join(',');

/** Editable regions, found by attribute (never by isContentEditable, which forces a style recalculation while the user types). */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

/** Whether text under `el` is editable by the user (contenteditable or designMode). */
export function isEditable(el: Element): boolean {
  return el.ownerDocument.designMode === 'on' || el.closest(EDITABLE_SELECTOR) !== null;
}

/** Whether the text node is outside reading text (see EXCLUDED_SELECTOR and isEditable). */
export function isExcluded(text: Text): boolean {
  const parent = text.parentElement;
  // Text directly in a shadow root or document fragment: only editability by designMode applies.
  if (!parent) return text.ownerDocument.designMode === 'on';
  return parent.closest(EXCLUDED_SELECTOR) !== null || isEditable(parent);
}
