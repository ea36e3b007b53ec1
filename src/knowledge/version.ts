// Dotted version numbers ("525.60.13", "11.8", "2.2.2+cu121") compared numerically.

/** Leading numeric parts of a version: "2.2.2+cu121" → [2, 2, 2]; undefined when there are none. */
export function parseVersion(v: unknown): number[] | undefined {
  if (typeof v === 'number') return String(v).split('.').map(Number);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*v?(\d+(?:\.\d+)*)/.exec(v);
  return m ? m[1]!.split('.').map(Number) : undefined;
}

/** -1, 0, 1; missing parts count as 0. Undefined when either side is not a version. */
export function compareVersions(a: unknown, b: unknown): number | undefined {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** "major.minor" of a version string, e.g. "12.4.99" → "12.4". */
export function majorMinor(v: string): string | undefined {
  const p = parseVersion(v);
  return p ? `${p[0]}.${p[1] ?? 0}` : undefined;
}
