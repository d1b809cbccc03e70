// The claim checker's public face. Everything here is pure and synchronous.
export { checkText, checkSelection, mayHoldClaim, SELECTION_ASSUMES_CONTEXT_UP_TO, type ClaimHit, type CheckOptions } from './check';
export { checkLinkHref, type LinkVerdict } from './link-check';
export { toClaimReview, type ClaimReview } from './claim-review';
export { CLAIM_RULES, CLAIM_VERDICTS, VERDICT_MESSAGE_KEYS, claimRuleById, type ClaimRule, type ClaimVerdict } from '../../data/claim-rules';
export { claimSourceById } from '../../data/claim-sources';
