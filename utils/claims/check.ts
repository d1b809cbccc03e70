// The claim checker: finds training-agency claims about the two certificates in a text and says
// which rule each breaks. Pure, synchronous and allocation-light: it runs on every text block of a
// page, so a block that cannot hold a claim is rejected by two precompiled regex tests.
//
// A candidate found by a rule's wording becomes a hit only if
//   1. a certificate is mentioned near it (the rule's CERT requirement),
//   2. its sentence is not a yes/no question (unless the next one answers yes), and no warning
//      covers it (a seller may turn from a warning to their own claim; a report the writer then
//      endorses is the writer's own),
//   3. its sentence does not state the truth the rule names (`unlessSentence`; a truth before a
//      contrast that leads to the claim does not count),
//   4. no negation stands before it in its clause, nor denies it right after.
// See docs/claims.md.
import {
  CERT_MENTIONS,
  DENYING_ANSWER,
  MENTION_STEMS,
  NEGATION_AFTER,
  CORRECTED_AFTER,
  AFFIRMING_ANSWER,
  ENDORSED_AFTER,
  CLOSING_QUOTES,
  NEGATION_BEFORE,
  OPENING_QUOTES,
  REPORTED_SPEECH_AFTER,
  REPORTING_WORDS,
  RHETORICAL_TAG,
  SELLER_TURN,
  WARNING_CUES,
  YES_NO_QUESTION,
} from '../../data/claim-cues';
import { CLAIM_RULES, LOOKUP_CUES, wordingOf, type ClaimRule, type ClaimVerdict } from '../../data/claim-rules';
import type { CertId } from '../../data/types';
import { certContext, findMentions, findOtherCertificates, type Mention } from './cert-context';
import { suspectAddresses } from './lookup-url';
import { CANTONESE_MARK, normaliseForMatching } from './normalise';
import { compileAhead, escapeRegExp } from '../regexp';
import { lazy } from '../lazy';
import { isWrongPublicationDate, publicationDates } from './publication-date';
import { eitherScript } from './traditional';
import { sentenceIndexAt, splitSentences, type Sentence } from './sentences';
import { DisjointSpans, withoutSuperseded } from './spans';

export interface ClaimHit {
  ruleId: string;
  verdict: ClaimVerdict;
  /** Offsets of the claim phrase in the checked text. */
  start: number;
  end: number;
  /** Offsets of the sentence that contains it. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence, as written in the text. */
  quote: string;
}

export interface CheckOptions {
  /**
   * The caller saw a certificate mention right before this text (e.g. in the heading or previous
   * block of the page). It counts as a mention just before offset 0, in the sentence before the first.
   * Pass the certificate when known: rules about one certificate only need it.
   */
  precedingMention?: boolean | CertId;
  /**
   * Treat the text as being about the certificates even without a mention (checkSelection does for
   * short selections). Rules about one certificate, and dates, still need an actual mention; a
   * sentence naming another certificate is still left alone.
   */
  assumeCertContext?: boolean;
  /** false skips the cheap rejection tests. Only for tests and benchmarks: results are the same. */
  prefilter?: boolean;
}

// --- Compiled once ----------------------------------------------------------------------------------

interface Compiled {
  rule: ClaimRule;
  regexes: RegExp[];
  /** Any of the rule's trigger words, on normalised text: a rule without one in the text is skipped. */
  trigger: RegExp;
  unless: RegExp | null;
}

/** The rule's gate: any of its trigger words, on normalised text (a rule without one is skipped). */
export function ruleTrigger(rule: ClaimRule): RegExp {
  return new RegExp(rule.triggers.map(escapeRegExp).join('|'));
}

/**
 * The rules compiled, and the prefilters. Made on first use (the engine's Analyzer.prepare, or the
 * first check): building the expressions from the data takes a few ms that a content script would
 * otherwise spend on every page load, and most pages never check a claim.
 */
const compiledRules = lazy(() => ({
  rules: CLAIM_RULES.map(
    (rule): Compiled => ({
      rule,
      // 'd' gives the offsets of the `claim` group.
      regexes: wordingOf(rule).map((w) => new RegExp(w, 'gd')),
      trigger: ruleTrigger(rule),
      // Global: every place the sentence states the truth is looked at (TextState.answered).
      unless: rule.unlessSentence?.length ? new RegExp(rule.unlessSentence.join('|'), 'g') : null,
    }),
  ),
  order: new Map(CLAIM_RULES.map((r, i) => [r.id, i])),
  supersedes: new Map(CLAIM_RULES.map((r) => [r.id, new Set(r.supersedes ?? [])])),
  /** Could this text be about the certificates at all? Either script, raw text. */
  mentionPrefilter: new RegExp(
    [...MENTION_STEMS.map(eitherScript), ...CERT_MENTIONS.map((m) => (m.literal ? eitherScript(m.source) : m.source))].join('|'),
    'i',
  ),
  /** Does it contain any word some rule needs? Either script, raw text. */
  triggerPrefilter: new RegExp([...new Set(CLAIM_RULES.flatMap((r) => r.triggers))].map(eitherScript).join('|'), 'i'),
}));

/** Compiles what every check runs first: the prefilters and each rule's gate. */
export function compileGates(): void {
  const { rules, mentionPrefilter, triggerPrefilter } = compiledRules();
  compileAhead([mentionPrefilter, triggerPrefilter, ...rules.map((c) => c.trigger)]);
}

/** Compiles the wording of the next rule not compiled yet. True while rules are left after it. */
export function compileNextRule(): boolean {
  const { rules } = compiledRules();
  const compiled = rules[nextRuleToCompile];
  if (!compiled) return false;
  nextRuleToCompile++;
  compileAhead([...compiled.regexes, compiled.unless]);
  return nextRuleToCompile < rules.length;
}
let nextRuleToCompile = 0;

/**
 * Whether `text` contains any word some rule needs (either script). False: checkText returns []
 * whatever the context, so a caller can skip gathering context (the page engine's look-back).
 */
export function mayHoldClaim(text: string): boolean {
  return compiledRules().triggerPrefilter.test(prefilterText(text));
}

/**
 * The text the prefilters read: the text itself, or in written Cantonese its Mandarin reading,
 * whose trigger words (不可以 for 唔可以, 没有 for 冇) the raw text does not show.
 */
function prefilterText(text: string): string {
  return CANTONESE_MARK.test(text) ? normaliseForMatching(text) : text;
}

const NEGATION_BEFORE_ALL_RE = new RegExp(NEGATION_BEFORE, 'g');
const NEGATION_AFTER_RE = new RegExp(`^[^,;:。!?\\n]{0,12}?(?:${NEGATION_AFTER})`);
const CORRECTED_AFTER_RE = new RegExp(CORRECTED_AFTER);
const REPORTED_SPEECH_RE = new RegExp(REPORTED_SPEECH_AFTER);
const REPORTING_RE = new RegExp(REPORTING_WORDS);
const WARNING_RE = new RegExp(WARNING_CUES);
const YES_NO_RE = new RegExp(YES_NO_QUESTION);
const RHETORICAL_TAG_RE = new RegExp(RHETORICAL_TAG);
const DENYING_ANSWER_RE = new RegExp(DENYING_ANSWER);
const AFFIRMING_ANSWER_RE = new RegExp(AFFIRMING_ANSWER);
const ENDORSED_AFTER_RE = new RegExp(ENDORSED_AFTER);
const LOOKUP_RE = new RegExp(LOOKUP_CUES);
const SELLER_TURN_RE = new RegExp(SELLER_TURN, 'g');
/** The cues around a claim, compiled ahead by prepareChecker (compileCues). */
const CUE_RES = [
  NEGATION_BEFORE_ALL_RE,
  NEGATION_AFTER_RE,
  CORRECTED_AFTER_RE,
  REPORTED_SPEECH_RE,
  REPORTING_RE,
  WARNING_RE,
  YES_NO_RE,
  RHETORICAL_TAG_RE,
  DENYING_ANSWER_RE,
  AFFIRMING_ANSWER_RE,
  ENDORSED_AFTER_RE,
  LOOKUP_RE,
  SELLER_TURN_RE,
];

/** Compiles the cues every claim's context is read with (prepareChecker's step). */
export function compileCues(): void {
  compileAhead(CUE_RES);
}
/**
 * A contrast between a stated truth and a claim after it ("补贴是失业保险基金出的没错，但我们帮你申请
 * 1500元"): the truth does not answer the claim. (考不过, 通不过, 包不过 are not contrasts.)
 */
const CONTRAST_RE = /但是?|可是|(?<![考通包])不过|然而/;
const CLAUSE_BREAK = /[,;:]/;
/** A warning that is a sentence of its own: a word or two and an exclamation ("避雷！", "注意！"). */
const SHORT_WARNING_RE = /^\s*[^,;:。!?\n]{1,6}!+\s*$/;
/** Two occupations said to be announced together: a date in the sentence is said of both. */
const SAME_BATCH_RE = /(?<!不是|并非|不|没有?)(?:同一批|同批|同时|一同|一起(?:公布|发布|颁布)|都是)/;
/** "前者/后者" right before a date (a few characters between: "前者是2020年2月…"). */
const FORMER_LATTER_RE = /(前者|后者)[^,;:。!?\n]{0,8}$/;
/** "…并非2020年5月公布，而是2020年2月": the date after 而是 corrects the one before, of the same name. */
const CORRECTION_RE = /而是[^,;:。!?\n]{0,4}$/;
/** How far back the two certificates 前者/后者 refers to may be named. */
const FORMER_LATTER_REACH = 120;
/** How far before a claim a negation still governs it (within its clause). */
const NEGATION_REACH = 15;
/** A warning that ends in a colon governs the lines after it (a list of scams) up to this many. */
const WARNING_LIST_REACH = 8;

// --- Per-text state ---------------------------------------------------------------------------------

class TextState {
  readonly sentences: Sentence[];
  readonly mentions: Mention[];
  readonly others: { start: number; end: number }[];
  #warnings: { own: boolean; covered: boolean }[] | null = null;
  #questions = new Map<number, boolean>();

  constructor(
    readonly text: string,
    readonly normalised: string,
    readonly options: CheckOptions,
  ) {
    this.sentences = splitSentences(text);
    this.mentions = findMentions(normalised);
    if (options.precedingMention) {
      const cert = options.precedingMention === true ? null : options.precedingMention;
      this.mentions.unshift({ start: -1, end: 0, cert });
    }
    this.others = findOtherCertificates(normalised);
  }

  sentenceText(i: number): string {
    const s = this.sentences[i]!;
    return this.normalised.slice(s.start, s.end);
  }

  /**
   * Per sentence: whether it warns itself, and whether a warning covers it (its own, or one that
   * introduces a list it is an item of: "谨防以下骗局：").
   */
  #warningOf(i: number): { own: boolean; covered: boolean } {
    if (!this.#warnings) {
      this.#warnings = [];
      let inherited = 0;
      for (let k = 0; k < this.sentences.length; k++) {
        if (this.sentences[k]!.newParagraph) inherited = 0;
        const text = this.sentenceText(k);
        const own = WARNING_RE.test(text);
        this.#warnings.push({ own, covered: own || inherited > 0 });
        // A warning that ends in a colon covers the lines after it; one that stands alone ("避雷！")
        // covers the next sentence.
        inherited = own && /:$/.test(text) ? WARNING_LIST_REACH : own && SHORT_WARNING_RE.test(text) ? 1 : Math.max(0, inherited - 1);
      }
    }
    return this.#warnings[i]!;
  }

  /**
   * Whether a warning covers the claim at `at` in sentence i: one inherited from a list always; its
   * own unless the seller turned to their own offer between the warning and the claim
   * (SELLER_TURN), with no warning after the turn.
   */
  warnedAt(i: number, at: number): boolean {
    const { own, covered } = this.#warningOf(i);
    if (!covered) return false;
    if (!own) return true;
    const s = this.sentences[i]!;
    const before = this.normalised.slice(s.start, at);
    // Searched in the whole sentence: a turn may look ahead past the claim's start ("我们家的…证").
    let turnEnd = -1;
    for (const m of this.sentenceText(i).matchAll(SELLER_TURN_RE)) {
      if (m.index + m[0].length > before.length) break;
      turnEnd = m.index + m[0].length;
    }
    if (turnEnd < 0 || !WARNING_RE.test(before.slice(0, turnEnd))) return true;
    return WARNING_RE.test(this.normalised.slice(s.start + turnEnd, s.end));
  }

  /**
   * Whether the sentence states the truth that answers the claim (the rule's `unlessSentence`): a
   * truth stated before a contrast that leads to the claim does not.
   */
  answered(unless: RegExp, c: { start: number; sentenceIndex: number }): boolean {
    const s = this.sentences[c.sentenceIndex]!;
    for (const m of this.sentenceText(c.sentenceIndex).matchAll(unless)) {
      const end = s.start + m.index + m[0].length;
      if (end <= c.start && CONTRAST_RE.test(this.normalised.slice(end, c.start))) continue;
      return true;
    }
    return false;
  }

  /**
   * A yes/no question, or a question the next sentence answers with a denial; not one the next
   * sentence answers yes ("小学文化能考吗？能！": the writer asserts it).
   */
  question(i: number): boolean {
    let q = this.#questions.get(i);
    if (q === undefined) {
      const t = this.sentenceText(i);
      q =
        /\?$/.test(t) &&
        !RHETORICAL_TAG_RE.test(t) &&
        (YES_NO_RE.test(t) || (i + 1 < this.sentences.length && DENYING_ANSWER_RE.test(this.sentenceText(i + 1)))) &&
        !(i + 1 < this.sentences.length && AFFIRMING_ANSWER_RE.test(this.sentenceText(i + 1)));
      this.#questions.set(i, q);
    }
    return q;
  }

  /** A negation in the claim's clause just before it, or a denial or "…的说法" right after it. */
  negated(start: number, end: number, sentence: Sentence): boolean {
    let from = Math.max(sentence.start, start - NEGATION_REACH);
    for (let k = start - 1; k >= from; k--) {
      if (CLAUSE_BREAK.test(this.normalised[k]!)) {
        from = k + 1;
        break;
      }
    }
    // Read on to the clause's end, so that a negator's look-ahead sees what follows it ("不交入库费
    //的话" is a condition); only a negator that begins before the claim counts.
    let to = start;
    while (to < sentence.end && !CLAUSE_BREAK.test(this.normalised[to]!)) to++;
    for (const m of this.normalised.slice(from, to).matchAll(NEGATION_BEFORE_ALL_RE)) if (m.index < start - from) return true;
    const after = this.normalised.slice(end, sentence.end);
    return NEGATION_AFTER_RE.test(after) || CORRECTED_AFTER_RE.test(after) || REPORTED_SPEECH_RE.test(after);
  }

  /** Inside quotation marks opened earlier in a sentence that attributes the words to someone. */
  quotedReport(start: number, sentence: Sentence): boolean {
    let open = 0;
    for (let k = sentence.start; k < start; k++) {
      const c = this.normalised[k]!;
      // '"' both opens and closes: count it as a toggle.
      if (c === '"') open = open > 0 ? open - 1 : open + 1;
      else if (OPENING_QUOTES.includes(c)) open++;
      else if (CLOSING_QUOTES.includes(c) && open > 0) open--;
    }
    return open > 0 && REPORTING_RE.test(this.normalised.slice(sentence.start, sentence.end));
  }
}

interface Candidate {
  compiled: Compiled;
  start: number;
  end: number;
  sentenceIndex: number;
  /** For rules with their own certificate logic (dates): the mention already chosen. */
  mention?: Mention;
}

function accept(state: TextState, c: Candidate): boolean {
  const { rule, unless } = c.compiled;
  const sentence = state.sentences[c.sentenceIndex]!;
  if (rule.cert && !c.mention) {
    const mention = certContext(rule.cert, {
      claim: c,
      sentenceIndex: c.sentenceIndex,
      sentences: state.sentences,
      mentions: state.mentions,
      others: state.others,
      normalised: state.normalised,
      assume: !!state.options.assumeCertContext,
    });
    if (!mention) return false;
  }
  // A report the writer then endorses ("有人说…，我查了确实是这样") is their own claim.
  const endorsed = ENDORSED_AFTER_RE.test(state.normalised.slice(c.end, sentence.end));
  if (state.question(c.sentenceIndex) || (!endorsed && state.warnedAt(c.sentenceIndex, c.start))) return false;
  if (unless && state.answered(unless, c)) return false;
  return !state.negated(c.start, c.end, sentence) && (endorsed || !state.quotedReport(c.start, sentence));
}

function candidates(state: TextState, compiled: Compiled): Candidate[] {
  const { rule } = compiled;
  const out: Candidate[] = [];
  if (state.options.prefilter !== false && !compiled.trigger.test(state.normalised)) return out;
  const at = (start: number, end: number, mention?: Mention): void => {
    const sentenceIndex = sentenceIndexAt(state.sentences, start);
    if (sentenceIndex >= 0) out.push({ compiled, start, end, sentenceIndex, mention });
  };
  // Wording: every phrase rule's, and the channels a lookup rule names without an address.
  for (const re of compiled.regexes) {
    for (const m of state.normalised.matchAll(re)) {
      const [start, end] = m.indices?.groups?.claim ?? m.indices![0]!;
      if (end > start) at(start, end);
    }
  }
  // What each kind finds besides its wording (listed whole, so a new kind is not forgotten here).
  switch (rule.kind) {
    case 'phrase':
      // Its wording, above, is all a phrase rule has.
      break;
    case 'publication-date':
      state.sentences.forEach((sentence, i) => {
        const dates = publicationDates(state.normalised, sentence);
        if (dates.length === 0) return;
        // Both named as announced together ("全媒体运营师和互联网营销师是2020年7月同一批公布的"):
        // the sentence's one date is said of each.
        const certs = new Set(state.mentions.filter((m) => m.cert && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.cert!));
        const together = certs.size > 1 && dates.length === 1 && SAME_BATCH_RE.test(state.sentenceText(i));
        for (const d of dates) {
          // The date belongs to the nearest certificate mentioned; the caller's vague mention won't do.
          const mention = certContext(rule.cert!, {
            claim: d,
            sentenceIndex: i,
            sentences: state.sentences,
            mentions: state.mentions,
            others: state.others,
            normalised: state.normalised,
            assume: false,
          });
          if (!mention?.cert) continue;
          const said = together ? [...certs] : [referredTo(state, sentence.start, d.start) ?? corrected(state, sentence.start, d.start) ?? mention.cert];
          if (said.some((cert) => isWrongPublicationDate(cert, d))) at(d.start, d.end, mention);
        }
      });
      break;
    case 'lookup-url':
      state.sentences.forEach((sentence, i) => {
        if (!LOOKUP_RE.test(state.sentenceText(i))) return;
        for (const a of suspectAddresses(state.normalised, sentence)) if (a.kind === rule.site) at(a.start, a.end);
      });
      break;
  }
  return out;
}

/**
 * The certificate "前者" (the former) or "后者" (the latter) right before `at` names: the first or
 * the last of the two named before it ("全媒体运营师和互联网营销师不是同一批，前者2020年2月公布"). The
 * nearest name would be the wrong one. Undefined when no such word stands there, or when fewer
 * than two certificates were named in the FORMER_LATTER_REACH characters before it.
 */
function referredTo(state: TextState, from: number, at: number): CertId | undefined {
  const word = cueBefore(state, FORMER_LATTER_RE, Math.max(from, at - 12), at);
  if (!word) return undefined;
  const wordAt = word.at;
  const named: CertId[] = [];
  for (const m of state.mentions) {
    if (!m.cert || m.end > wordAt || m.start < wordAt - FORMER_LATTER_REACH) continue;
    if (!named.includes(m.cert)) named.push(m.cert);
  }
  if (named.length < 2) return undefined;
  return word.match[1] === '前者' ? named[0] : named[named.length - 1];
}

/**
 * The certificate a correction's date is said of: the last one named before 而是 in the sentence
 * ("全媒体运营师并非2020年5月公布，而是2020年2月，互联网营销师则是…": February is 全媒体运营师's,
 * though 互联网营销师 stands nearer). Undefined when the date does not follow 而是.
 */
function corrected(state: TextState, from: number, at: number): CertId | undefined {
  const word = cueBefore(state, CORRECTION_RE, Math.max(from, at - 8), at);
  if (!word) return undefined;
  let cert: CertId | undefined;
  for (const m of state.mentions) if (m.cert && m.start >= from && m.end <= word.at) cert = m.cert;
  return cert;
}

/** A cue (an expression anchored at its end) in the normalised text [start, at), and where it begins. */
function cueBefore(state: TextState, cue: RegExp, start: number, at: number): { match: RegExpExecArray; at: number } | undefined {
  const match = cue.exec(state.normalised.slice(start, at));
  return match ? { match, at: start + match.index } : undefined;
}

/** Finds the claims in `text`. Hits are ordered by position; offsets are UTF-16 offsets into `text`. */
export function checkText(text: string, options: CheckOptions = {}): ClaimHit[] {
  if (!text) return [];
  const { rules, order, supersedes, mentionPrefilter, triggerPrefilter } = compiledRules();
  if (options.prefilter !== false) {
    const vouched = !!options.precedingMention || !!options.assumeCertContext;
    const raw = prefilterText(text);
    if (!vouched && !mentionPrefilter.test(raw)) return [];
    if (!triggerPrefilter.test(raw)) return [];
  }
  const state = new TextState(text, normaliseForMatching(text), options);
  let accepted: Candidate[] = [];
  for (const rule of rules) {
    const kept = new DisjointSpans<Candidate>();
    for (const c of candidates(state, rule)) {
      // One rule, one hit per phrase: overlapping wordings of the same rule collapse.
      if (kept.overlapsAny(c)) continue;
      if (accept(state, c)) kept.add(c);
    }
    accepted.push(...kept.spans);
  }
  accepted = withoutSuperseded(accepted, (o, c) => supersedes.get(o.compiled.rule.id)!.has(c.compiled.rule.id));
  accepted.sort((a, b) => a.start - b.start || a.end - b.end || order.get(a.compiled.rule.id)! - order.get(b.compiled.rule.id)!);
  return accepted.map((c) => {
    const s = state.sentences[c.sentenceIndex]!;
    return {
      ruleId: c.compiled.rule.id,
      verdict: c.compiled.rule.verdict,
      start: c.start,
      end: c.end,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      quote: text.slice(s.start, s.end),
    };
  });
}

/**
 * Selections up to this length are checked as if they were about the certificates: the reader
 * chose "用证书透镜核查" on them, and a short selection often leaves the certificate's name out.
 */
export const SELECTION_ASSUMES_CONTEXT_UP_TO = 300;

/** The context-menu check of selected text: the same checker, with the relaxation above. */
export function checkSelection(text: string): ClaimHit[] {
  return checkText(text, { assumeCertContext: text.trim().length <= SELECTION_ASSUMES_CONTEXT_UP_TO });
}
