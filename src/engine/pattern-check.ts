// What the loader proves about every pattern before it runs on a log: the prefilter literals every match
// contains (literals/), and that it runs in linear time (linear/: no quantifiers that backtrack against each
// other). The verdict of a pattern depends only on its text, so verdicts are kept in a cache
// (pattern-cache.ts) that the build fills for the shipped rules: a CLI start does not parse 250 regexes.
import { resolveLiterals } from './literals/resolve.js';
import { slowness } from './linear/analyse.js';
import { alternativesNotImplying, alternativesNotStartingWith, parsePattern, score, secondLiterals } from './literals/extract.js';
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
      : verdictOf(result.literals, parsePattern(pattern, flags), flags);
  rememberVerdict(key, verdict);
  return verdict;
}

/**
 * A pattern gets lineAlso literals (PatternSpec.lineAlsoLiterals) only where its own literals are common
 * (score below this: "no", "cuda", "nvidia" sit on many lines of a GPU log), and of at most MAX_LINE_ALSO:
 * each one is a state of the automaton collected on every line it stops on.
 */
const WEAK_SCORE = 3;
const MAX_LINE_ALSO = 40;
/** ... and only a set rare enough to leave out lines (a set with "." or the digits is on most of them). */
const MIN_LINE_ALSO_SCORE = 1;

/** A literal the automaton may collect: one ASCII character would be an accepting state hit on most bytes. */
function automatonWorthy(literal: string): boolean {
  return literal.length >= 2 || literal > '\x7f';
}

function weakLiterals(literals: string[]): boolean {
  return score(literals) < WEAK_SCORE;
}

function verdictOf(literals: string[], parsed: ReturnType<typeof parsePattern>, flags: string): PatternVerdict {
  const joins = canJoinLines(parsed);
  const joinEdges = joins ? joinEdgesOf(parsed, flags) : null;
  // (proven as a hand-written list is: the extractor's walk and the literal search must agree)
  // (the rarer of the sets: a set of digits is on most lines)
  const sets = weakLiterals(literals) ? secondLiterals(parsed, literals).filter((set) => set.length <= MAX_LINE_ALSO && alternativesNotImplying(parsed, set).length === 0) : [];
  const lineAlso = sets.sort((a, b) => score(b) - score(a)).find((set) => score(set) >= MIN_LINE_ALSO_SCORE && set.every(automatonWorthy));
  return { literals, joins, ...(joinEdges ? { joinEdges } : {}), ...(needsNonAscii(parsed, flags) ? { nonAscii: true } : {}), ...(lineAlso ? { lineAlso } : {}) };
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
