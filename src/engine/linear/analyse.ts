// Proves that a pattern runs in linear time: scslre (by the author of eslint-plugin-regexp) analyses the
// regexpp syntax tree for exponential and polynomial backtracking (two quantifiers that can trade the same
// characters, e.g. `\s*:?\s*`, or a quantifier that reaches itself, `(?:=+|:)*`). A pattern with a report is
// refused with the attack string that makes it slow; `fixed()` gives scslre's behaviour-preserving rewrite
// where one exists (scripts/linearize-patterns.ts applies it to rule files).
import { createRequire } from 'node:module';
import type { Report, analyse as Analyse } from 'scslre';

// loaded on first use (300 ms of imports): a start whose verdicts are all cached never needs it
let analyseFn: typeof Analyse | undefined;
const analyse: typeof Analyse = (input, options) => {
  analyseFn ??= (createRequire(import.meta.url)('scslre') as { analyse: typeof Analyse }).analyse;
  return analyseFn(input, options);
};

export interface SlowPattern {
  /** the quantifiers that backtrack against each other */
  cause: string;
  /** a line that makes the pattern slow: its literal, then a long run of one character, then a character that fails it */
  attack: string;
  /** the attack string in words, for a message */
  attackText: string;
  exponential: boolean;
}

/** Characters in an attack string's run; enough to take seconds on a polynomial pattern. */
export const ATTACK_RUN = 10000;

function describe(r: Report): string {
  if (r.type === 'Trade') return `${r.startQuant.raw} against ${r.endQuant.raw}`;
  if (r.type === 'Self') return `${r.quant.raw} inside ${r.parentQuant.raw}`;
  return r.quant.raw;
}

/** The first cause of super-linear time in the pattern, or null when there is none. */
export function slowness(pattern: string, flags: string, literal = ''): SlowPattern | null {
  const report = analyse({ source: pattern, flags: flags.replace(/[gy]/g, '') }).reports[0];
  if (!report) return null;
  const pick = report.character.pick;
  const fail = pick === '!' ? '\u0001' : '!';
  // where the quantifiers start is past the pattern's literal: a line holding it reaches them
  const prefix = report.type === 'Trade' || report.type === 'Self' ? literal : '';
  return {
    cause: describe(report),
    attack: prefix + pick.repeat(ATTACK_RUN) + fail,
    attackText: `${prefix ? `${JSON.stringify(prefix)} + ` : ''}${ATTACK_RUN} × ${JSON.stringify(pick)} + ${JSON.stringify(fail)}`,
    exponential: report.exponential,
  };
}

/** scslre's rewrite of the pattern without super-linear backtracking (same matches), or null. */
export function fixed(pattern: string, flags: string): string | null {
  let literal = { source: pattern, flags: flags.replace(/[gy]/g, '') };
  for (let round = 0; round < 100; round++) {
    const report = analyse(literal).reports[0];
    if (!report) return literal.source;
    const next = report.fix();
    if (!next) return null;
    literal = next;
  }
  return null;
}
