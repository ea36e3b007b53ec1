// What the loader proves about every pattern before it runs on a log: the prefilter literals every match
// contains (literals/), and that it runs in linear time (linear/: no quantifiers that backtrack against each
// other). The verdict of a pattern depends only on its text, so verdicts are kept in a cache
// (pattern-cache.ts) that the build fills for the shipped rules: a CLI start does not parse 250 regexes.
import { resolveLiterals } from './literals/resolve.js';
import { slowness } from './linear/analyse.js';
import { alternativesNotStartingWith, andLiterals, parsePattern } from './literals/extract.js';
import { normalLiteral } from './literals/normal-form.js';
import { canJoinLines } from './literals/joins.js';
import { joinEdgesOf } from './literals/join-edges.js';
import { needsNonAscii } from './literals/non-ascii.js';
import { cachedVerdict, rememberVerdict, type PatternVerdict } from './pattern-cache.js';

export type { PatternVerdict };

export function checkPattern(pattern: string, flags = 'i', literals?: string[]): PatternVerdict {
  const key = [pattern, flags, literals ?? null];
  const known = cachedVerdict(key);
  if (known) return known;
  const result = resolveLiterals(pattern, flags, literals);
  const slow = 'problem' in result ? null : slowness(pattern, flags, result.literals[0]);
  const verdict: PatternVerdict = 'problem' in result ? { problem: result.problem }
    : slow ? { problem: `super-linear: ${slow.cause} can backtrack ${slow.exponential ? 'exponentially' : 'polynomially'}; a line of ${slow.attackText} makes it slow (rewrite it, e.g. node dist/scripts/linearize-patterns.js)` }
      : verdictOf(result.literals, parsePattern(pattern, flags), flags, result.derived);
  rememberVerdict(key, verdict);
  return verdict;
}

/** `derived`: the literals come from the pattern (AND-literals are derived only then, see andLiterals()). */
function verdictOf(literals: string[], parsed: ReturnType<typeof parsePattern>, flags: string, derived: boolean): PatternVerdict {
  const joins = canJoinLines(parsed);
  const joinEdges = joins ? joinEdgesOf(parsed, flags) : null;
  const also = derived ? andLiterals(parsed) : null;
  return { literals, joins, ...(joinEdges ? { joinEdges } : {}), ...(needsNonAscii(parsed, flags) ? { nonAscii: true } : {}), ...(also ? { also } : {}) };
}

/** Proves that every match starts at the line start (after white space) with one of `starts` (cached like checkPattern). */
export function checkLineStart(pattern: string, flags: string, starts: string[]): PatternVerdict {
  const key = ['line-start', pattern, flags, starts];
  const known = cachedVerdict(key);
  if (known) return known;
  const missing = alternativesNotStartingWith(parsePattern(pattern, flags), starts);
  const verdict: PatternVerdict = missing.length > 0
    ? { problem: `a match of ${missing.map((m) => JSON.stringify(m)).join(', ')} may start elsewhere than at the line start with one of ${JSON.stringify(starts)}` }
    : { literals: [...new Set(starts.map(normalLiteral))], joins: true };
  rememberVerdict(key, verdict);
  return verdict;
}
