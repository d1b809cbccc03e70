// The day the bundled facts were last checked against their sources. facts.md says "Compiled 2026-11"
// without a day, so we date the check to the first of that month. The UI shows it ("数据核对于 …")
// and a staleness warning can compare it with today.
export const DATA_CHECKED = '2026-11-01';
