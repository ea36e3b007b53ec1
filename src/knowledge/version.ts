// Dotted version numbers ("525.60.13", "11.8", "2.2.2+cu121") compared numerically.

// The planner compares the same few hundred table cells thousands of times: remember what each string parsed to.
const parsed = new Map<string, readonly number[] | undefined>();
const MAX_REMEMBERED = 10_000;

/** Leading numeric parts of a version: "2.2.2+cu121" → [2, 2, 2]; undefined when there are none. */
export function parseVersion(v: unknown): readonly number[] | undefined {
  if (typeof v === 'number') v = String(v);
  if (typeof v !== 'string') return undefined;
  if (parsed.has(v)) return parsed.get(v);
  const m = /^\s*v?(\d+(?:\.\d+)*)/.exec(v);
  const result = m ? Object.freeze(m[1]!.split('.').map(Number)) : undefined;
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  parsed.set(v, result);
  return result;
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

/**
 * Whether a framework version has the shape of a published wheel release ("2.2.2", "2.2.2+cu121", "1.13.1+cpu",
 * "2.0.1+rocm5.4.2"). The version tables describe releases only: a source or vendor build ("1.13.0a0+git49444c3",
 * "2.0.0a0+ec3941ad.nv23.02") or a nightly ("2.1.0.dev20230601+cu118") targets whatever it was built with.
 */
export function isReleaseVersion(v: string | undefined): v is string {
  return !!v && /^\d+\.\d+(?:\.\d+)?(?:\+(?:cu\d+|cpu|rocm[\d.]+))?$/i.test(v);
}
