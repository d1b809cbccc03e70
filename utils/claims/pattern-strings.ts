// Every string the checker compiles into a pattern, for the tests that check the character map
// covers them (a rule using a character the map has not decided on would miss traditional text).
import * as cues from '../../data/claim-cues';
import {
  CLAIM_RULES,
  LOOKUP_CUES,
  wordingOf,
  NOT_PUBLICATION_CUES,
  OFFICIAL_SITE_NAMES,
  PUBLICATION_CUES,
} from '../../data/claim-rules';

export function patternStrings(): string[] {
  return [
    ...CLAIM_RULES.flatMap((r) => [
      ...wordingOf(r),
      ...r.triggers,
      ...(r.unlessSentence ?? []),
      r.cert?.orInSentence ?? '',
    ]),
    ...cues.CERT_MENTIONS.map((m) => m.source),
    ...cues.MENTION_STEMS,
    ...cues.CONTEXT_BLOCK_TRIGGERS,
    cues.CERT_TOPIC_WORDS,
    cues.OTHER_CERTIFICATES,
    cues.COMPARED_WITH.before,
    cues.COMPARED_WITH.after,
    cues.NEGATION_BEFORE,
    cues.NEGATION_AFTER,
    cues.CORRECTED_AFTER,
    cues.WARNING_CUES,
    cues.YES_NO_QUESTION,
    cues.RHETORICAL_TAG,
    cues.DENYING_ANSWER,
    cues.REPORTED_SPEECH_AFTER,
    cues.REPORTING_WORDS,
    PUBLICATION_CUES,
    NOT_PUBLICATION_CUES,
    LOOKUP_CUES,
    OFFICIAL_SITE_NAMES,
  ];
}
