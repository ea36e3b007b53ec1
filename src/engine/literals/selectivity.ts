// The selectivity rule for prefilter literals: a literal that sits on most lines of a real log stops the
// scanner on most lines, and the regexes it guards run there for nothing. Measured on reference logs (the
// literal-audit test uses the dense TensorFlow log of ../shared/bench and the real logs of ../shared/eval-dev*).
import type { PatternSpec } from '../rule-types.js';
import { LiteralAutomaton } from '../literal-automaton.js';
import { LiteralSet } from '../literal-set.js';
import { normalLine } from './normal-form.js';

/** Most of a reference log's lines a literal may sit on. */
export const MAX_LINE_SHARE = 0.5;

export interface CrowdedLiteral {
  literal: string;
  pattern: string;
  share: number;
}

/**
 * The literals of `patterns` found on more than MAX_LINE_SHARE of `lines` (cleaned log lines). A pattern that
 * is its literal and nothing else is exempt: it matches wherever the literal is, so its signal is settled
 * after its first hits (a context signal such as "TensorFlow is mentioned").
 */
export function crowdedLiterals(patterns: PatternSpec[], lines: string[], maxShare = MAX_LINE_SHARE): CrowdedLiteral[] {
  // lines holding each literal, counted with the scanner's own automaton
  const literals = [...new Set(patterns.flatMap((p) => p.literals))];
  const automaton = new LiteralAutomaton(literals);
  const counts = new Map<string, number>();
  const ids = new LiteralSet(literals.length);
  for (const line of lines) {
    const bytes = Buffer.from(normalLine(line), 'utf8');
    ids.clear();
    const hit = automaton.find(bytes, 0, bytes.length);
    if (hit >= 0) automaton.collect(bytes, hit + 1, bytes.length, ids);
    for (const id of ids.ids) counts.set(literals[id]!, (counts.get(literals[id]!) ?? 0) + 1);
  }
  const shareOf = (lit: string): number => (counts.get(lit) ?? 0) / Math.max(1, lines.length);
  const out: CrowdedLiteral[] = [];
  for (const p of patterns) {
    if (p.literals.length === 1 && p.pattern.toLowerCase() === p.literals[0]) continue;
    for (const literal of p.literals) {
      const share = shareOf(literal);
      if (share > maxShare) out.push({ literal, pattern: p.pattern, share });
    }
  }
  return out;
}
