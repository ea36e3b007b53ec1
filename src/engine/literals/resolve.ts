// The prefilter literals of one pattern: derived from the regex, or a hand-written list that is proven to be
// implied by it (an override, for when the author knows a rarer joint). Either way every match of the
// pattern holds one of them, so the prefilter never hides a line the pattern would match.
import { alternativesNotImplying, MAX_SET, parsePattern, requiredLiterals, uncoveredAlternatives } from './extract.js';
import { normalLiteral } from './normal-form.js';

export type LiteralResult = { literals: string[]; derived: boolean } | { problem: string };

export function resolveLiterals(pattern: string, flags = 'i', handWritten?: string[]): LiteralResult {
  let ast;
  try {
    ast = parsePattern(pattern, flags);
  } catch (err) {
    return { problem: `bad regex: ${(err as Error).message}` };
  }
  if (handWritten !== undefined) {
    const missing = alternativesNotImplying(ast, handWritten);
    if (missing.length > 0) {
      return { problem: `"literals" ${JSON.stringify(handWritten)} are not implied by the pattern: a match of ${missing.map((m) => JSON.stringify(m)).join(', ')} can hold none of them (drop "literals" to derive them, or add one for that alternative)` };
    }
    return { literals: [...new Set(handWritten.map(normalLiteral))], derived: false };
  }
  const derived = requiredLiterals(ast);
  if (derived === null) {
    const missing = uncoveredAlternatives(ast);
    // every alternative has its literals, but their union is past the set's bound: say so, not an empty name
    if (missing.length === 0) return { problem: `its alternatives together need more than ${MAX_SET} literals (split the pattern into two entries, or give the alternatives a shared word)` };
    return { problem: `no literal every match must contain in alternative ${missing.map((m) => JSON.stringify(m)).join(', ')} (give that alternative a fixed word of ${2}+ characters)` };
  }
  return { literals: derived, derived: true };
}
