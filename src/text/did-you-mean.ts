/**
 * The candidate nearest by edit distance (ignoring case), if it is near enough to be a typo: at
 * most `within` edits away.
 */
export function closest(word: string, candidates: readonly string[], within = Math.max(2, Math.floor(word.length / 3))): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = within + 1;
  for (const candidate of candidates) {
    // Words that differ in length by n are at least n edits apart: no need to measure.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether `word` is `candidate` with two neighbouring letters swapped, case aside (`dwon`, `down`): one slip, which `closest` counts as two edits. */
export function isSwap(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  const a = word.toLowerCase();
  const b = candidate.toLowerCase();
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
