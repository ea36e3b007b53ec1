// Custom json-rules-engine operators the rule files use. Version comparisons are numeric per dotted
// part, and an unknown side never matches (a missing fact must not raise a finding).
import type { Engine } from 'json-rules-engine';
import { compareVersions } from '../knowledge/version.js';

const versionOp = (test: (c: number) => boolean) => (fact: unknown, value: unknown): boolean => {
  const c = compareVersions(fact, value);
  return c !== undefined && test(c);
};

// json-rules-engine's own in / notIn call value.indexOf and throw when the list is an unknown fact (a cuDNN
// release the table does not list has no cudnnCudaMajors), which failed the whole evaluation, not one rule.
const listOp = (wanted: boolean) => (fact: unknown, value: unknown): boolean =>
  fact !== undefined && fact !== null && Array.isArray(value) && value.includes(fact) === wanted;

export function addOperators(engine: Engine): void {
  engine.addOperator('in', listOp(true));
  engine.addOperator('notIn', listOp(false));
  engine.addOperator('versionLessThan', versionOp((c) => c < 0));
  engine.addOperator('versionAtMost', versionOp((c) => c <= 0));
  engine.addOperator('versionAtLeast', versionOp((c) => c >= 0));
  engine.addOperator('versionGreaterThan', versionOp((c) => c > 0));
  /** same major version: "11.8" vs "11.2" */
  engine.addOperator('versionMajorIs', (fact: unknown, value: unknown) => {
    const a = String(fact ?? '').split('.')[0];
    return a !== '' && a === String(value ?? '').split('.')[0];
  });
  engine.addOperator('versionMajorDiffers', (fact: unknown, value: unknown) => {
    if (fact === undefined || value === undefined || fact === null || value === null) return false;
    return String(fact).split('.')[0] !== String(value).split('.')[0];
  });
  engine.addOperator('exists', (fact: unknown, value: unknown) => (fact !== undefined && fact !== null) === (value !== false));
  engine.addOperator('matches', (fact: unknown, value: unknown) => typeof fact === 'string' && new RegExp(String(value), 'i').test(fact));
}
