// "did you mean --json?": the closest known name to a mistyped one, by edit distance.

/** Edit distance where swapping two neighbours counts as one typo (optimal string alignment); names are short. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name nearest to `typed` (a prefix counts as near), or undefined when none is close. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const t = typed.toLowerCase();
  const prefixed = known.filter((k) => t.length >= 2 && k.startsWith(t));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(t, k);
    if (d < bestScore) { best = k; bestScore = d; }
  }
  // allow about one typo in four letters
  return bestScore <= Math.max(1, Math.floor(t.length / 4)) + (t.length > 6 ? 1 : 0) ? best : undefined;
}
