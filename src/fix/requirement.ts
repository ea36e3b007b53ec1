// Just enough of PEP 440 specifiers to tell whether a pip install would change anything:
// "torch==2.1.0+cu121", "numpy<2", "protobuf==3.20.*", "tensorflow>=2.10,<2.11".
import { compareVersions } from '../knowledge/version.js';

export interface Requirement { name: string; specs: { op: string; version: string }[] }

export function parseRequirement(arg: string): Requirement | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*((?:[<>=!~]=?|===)\s*[^,\s]+(?:\s*,\s*(?:[<>=!~]=?)\s*[^,\s]+)*)?$/.exec(arg.trim());
  if (!m) return undefined;
  const specs = (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const sm = /^(===|==|!=|<=|>=|~=|<|>)\s*(.+)$/.exec(s)!;
    return { op: sm[1]!, version: sm[2]! };
  });
  return { name: m[1]!.toLowerCase(), specs };
}

const localOf = (v: string): string => /\+(.+)$/.exec(v)?.[1] ?? '';
const publicOf = (v: string): string => v.replace(/\+.*$/, '');

/** Whether an installed version satisfies every specifier (a local tag like +cu121 must match when given). */
export function satisfies(version: string, specs: Requirement['specs']): boolean {
  return specs.every(({ op, version: want }) => {
    if (op === '==' || op === '===' || op === '!=') {
      let eq: boolean;
      if (want.endsWith('.*')) eq = (publicOf(version) + '.').startsWith(want.slice(0, -1));
      else eq = compareVersions(publicOf(version), publicOf(want)) === 0 && (!localOf(want) || localOf(want) === localOf(version));
      return op === '!=' ? !eq : eq;
    }
    const c = compareVersions(publicOf(version), want);
    if (c === undefined) return false;
    if (op === '<') return c < 0;
    if (op === '<=') return c <= 0;
    if (op === '>') return c > 0;
    if (op === '>=' || op === '~=') return c >= 0;
    return false;
  });
}
