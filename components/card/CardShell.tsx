// The frame every CertLens card shares (mention card now, claim card later): a non-modal dialog
// with an accessible name (its heading) and description, a close button, a scrolling body and a
// footer. Styles: components/card/card.css inside the card's shadow root.
import type { ComponentChildren, Ref } from 'preact';
import type { Translate } from '@/utils/i18n';

export interface CardShellProps {
  /** Unique per card: the heading's id, for aria-labelledby. */
  id: string;
  heading: ComponentChildren;
  /** One line under the heading; also the dialog's accessible description. */
  summary?: ComponentChildren;
  /** Colour accent (a certificate id, or e.g. a claim verdict). */
  accent?: string;
  lang?: string;
  t: Translate;
  onClose(): void;
  footer?: ComponentChildren;
  children: ComponentChildren;
  dialogRef?: Ref<HTMLDivElement>;
}

export function CardShell({ id, heading, summary, accent, lang, t, onClose, footer, children, dialogRef }: CardShellProps) {
  return (
    <div
      ref={dialogRef}
      class="cl-card cl-theme"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={summary ? `${id}-summary` : undefined}
      data-accent={accent}
      lang={lang}
      // Focusable for the keyboard path only; hover never moves focus.
      tabIndex={-1}
    >
      <header class="cl-card-head">
        <div class="cl-card-titles">
          <h2 id={`${id}-title`} class="cl-card-title">{heading}</h2>
          {summary && <p id={`${id}-summary`} class="cl-card-summary">{summary}</p>}
        </div>
        <button type="button" class="cl-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="cl-card-body">{children}</div>
      {footer && <footer class="cl-card-foot">{footer}</footer>}
    </div>
  );
}

/** A titled part of a card body ("发证单位", "等级" …). */
export function CardSection({ title, children, name }: { title: ComponentChildren; children: ComponentChildren; name?: string }) {
  return (
    <section class="cl-card-section" data-section={name}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
