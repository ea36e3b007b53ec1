// What the loader proves about every pattern before it runs on a log: the prefilter literals every match
// contains (literals/). The verdict of a pattern depends only on its text, so verdicts are kept in a cache
// (pattern-cache.ts) that the build fills for the shipped rules: a CLI start does not parse 250 regexes.
import { resolveLiterals } from './literals/resolve.js';
import { cachedVerdict, rememberVerdict } from './pattern-cache.js';

export type PatternVerdict = { literals: string[] } | { problem: string };

export function checkPattern(pattern: string, flags = 'i', literals?: string[]): PatternVerdict {
  const key = [pattern, flags, literals ?? null];
  const known = cachedVerdict(key);
  if (known) return known;
  const result = resolveLiterals(pattern, flags, literals);
  const verdict: PatternVerdict = 'problem' in result ? { problem: result.problem } : { literals: result.literals };
  rememberVerdict(key, verdict);
  return verdict;
}
