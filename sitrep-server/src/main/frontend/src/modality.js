// Modality in plain words: a denied attack must never read like an attack.
const PLAIN = {
  asserted: "happened (as reported)",
  negated: "denied / did not happen",
  hypothetical: "hypothetical",
  intended: "intended",
  future: "announced for the future",
  generic: "generic (no one event)",
};

export function plainModality(modality) {
  return PLAIN[modality] || modality || "unknown";
}
