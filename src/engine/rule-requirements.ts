// What a rule cannot fire without, read from its own conditions: the signals and facts a run must have,
// kept in the shape of the rule's `all` / `any`. `{ "all": [{ "signal": "a" }, { "not": … }, { "fact": "x",
// "operator": "exists", "value": true }] }` needs signal a and fact x; a `not` needs nothing (absence is
// never required), nor does a fact condition whose operator can hold on a missing fact.
// evaluate.ts skips a rule whose needs a run does not meet, without asking the rule engine.
import { failsOnMissingFact } from './operators.js';

/** `null`: needs nothing (can hold on any log, as far as this reading can tell). */
export type Needs = null | { signal: string } | { fact: string } | { all: NonNullable<Needs>[] } | { any: NonNullable<Needs>[] };

/** The needs of a condition tree in the rule file's form (`{ "signal": name }` shorthand included). */
export function needsOf(node: unknown): Needs {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const c = node as Record<string, unknown>;
  if (typeof c.signal === 'string') return { signal: c.signal };
  if (Array.isArray(c.all)) {
    const parts = c.all.map(needsOf).filter((n) => n !== null);
    return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : { all: parts };
  }
  if (Array.isArray(c.any)) {
    const parts = c.any.map(needsOf);
    // a branch that needs nothing can hold on any log, and so can its `any`; so can an empty `any`
    if (parts.length === 0 || parts.some((n) => n === null)) return null;
    return parts.length === 1 ? parts[0]! : { any: parts as NonNullable<Needs>[] };
  }
  // a fact condition: the signal fact reads false (not undefined) for a signal not seen; the shorthand above
  // is how the rule files ask for a signal
  if (typeof c.fact === 'string' && c.fact !== 'signal' && typeof c.operator === 'string' && c.path === undefined
    && failsOnMissingFact(c.operator, c.value)) return { fact: c.fact };
  return null; // `not`, a condition reference, an operator that can hold without its fact
}

/** Whether a run with these signals and facts has what `needs` asks for. */
export function meets(needs: Needs, hasSignal: (name: string) => boolean, hasFact: (name: string) => boolean): boolean {
  if (needs === null) return true;
  if ('signal' in needs) return hasSignal(needs.signal);
  if ('fact' in needs) return hasFact(needs.fact);
  // (loops, not every / some with a closure: this runs for every candidate rule of every log)
  if ('all' in needs) {
    for (const n of needs.all) if (!meets(n, hasSignal, hasFact)) return false;
    return true;
  }
  for (const n of needs.any) if (meets(n, hasSignal, hasFact)) return true;
  return false;
}
