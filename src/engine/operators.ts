// Custom json-rules-engine operators the rule files use. Version comparisons are numeric per dotted
// part, and an unknown side never matches (a missing fact must not raise a finding).
import type { Engine } from 'json-rules-engine';
import { compareVersions } from '../knowledge/version.js';

type OperatorFn = (fact: unknown, value: unknown) => boolean;

const versionOp = (test: (c: number) => boolean): OperatorFn => (fact, value) => {
  const c = compareVersions(fact, value);
  return c !== undefined && test(c);
};

// json-rules-engine's own in / notIn call value.indexOf and throw when the list is an unknown fact (a cuDNN
// release the table does not list has no cudnnCudaMajors), which failed the whole evaluation, not one rule.
const listOp = (wanted: boolean): OperatorFn => (fact, value) =>
  fact !== undefined && fact !== null && Array.isArray(value) && value.includes(fact) === wanted;

const OWN_OPERATORS: Record<string, OperatorFn> = {
  in: listOp(true),
  notIn: listOp(false),
  versionLessThan: versionOp((c) => c < 0),
  versionAtMost: versionOp((c) => c <= 0),
  versionAtLeast: versionOp((c) => c >= 0),
  versionGreaterThan: versionOp((c) => c > 0),
  /** same major version: "11.8" vs "11.2" */
  versionMajorIs: (fact, value) => {
    const a = String(fact ?? '').split('.')[0];
    return a !== '' && a === String(value ?? '').split('.')[0];
  },
  versionMajorDiffers: (fact, value) => {
    if (fact === undefined || value === undefined || fact === null || value === null) return false;
    return String(fact).split('.')[0] !== String(value).split('.')[0];
  },
  exists: (fact, value) => (fact !== undefined && fact !== null) === (value !== false),
  matches: (fact, value) => typeof fact === 'string' && new RegExp(String(value), 'i').test(fact),
};

export function addOperators(engine: Engine): void {
  for (const [name, fn] of Object.entries(OWN_OPERATORS)) engine.addOperator(name, fn);
}

// json-rules-engine's own operators that are false whenever the fact is missing: their fact-value check
// (an array, a number) refuses undefined. `equal` is too, against any value but a fact that may be missing.
// test/rule-requirements.test.ts holds this list against the package's operators.
const BUILTIN_FAILING_ON_MISSING = new Set(['contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

const isFactReference = (value: unknown): boolean =>
  !!value && typeof value === 'object' && typeof (value as Record<string, unknown>).fact === 'string';

/** right-hand sides a fact reference may resolve to, for asking an operator of ours whether it needs the fact */
const ANY_VALUES: unknown[] = [undefined, null, false, true, 0, '1', '12.1', ['1']];

/**
 * Whether a condition `{ fact, operator, value }` is false when its fact is missing (undefined), whatever
 * the log: then a rule needing that condition cannot fire without the fact (rule-requirements.ts).
 * Our operators are asked directly; an unknown operator is assumed to hold without the fact.
 */
export function failsOnMissingFact(operator: string, value: unknown): boolean {
  const own = OWN_OPERATORS[operator];
  if (own) return (isFactReference(value) ? ANY_VALUES : [value]).every((v) => !own(undefined, v));
  if (operator === 'equal') return value !== undefined && !isFactReference(value);
  return BUILTIN_FAILING_ON_MISSING.has(operator);
}
