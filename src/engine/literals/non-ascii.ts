// Whether every match of a pattern holds a non-ASCII character (a Windows user name with accents, a CJK
// message): the prefilter then skips lines of plain ASCII, which a dense log is made of, before the regex.
// Only what is certain counts: a negated class that leaves out all of ASCII, a character or class of
// non-ASCII characters when case-insensitive matching cannot turn it into ASCII (the u / v flags fold
// U+017F to 's' and U+212A to 'k'). Lookarounds and back-references prove nothing.
import type { AST } from '@eslint-community/regexpp';

const ASCII_END = 0x80;

export function needsNonAscii(pattern: AST.Pattern, flags = 'i'): boolean {
  const foldsToAscii = flags.includes('i') && (flags.includes('u') || flags.includes('v'));
  const needs = (node: AST.Node): boolean => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return node.alternatives.every(needs);
      case 'Alternative':
        return node.elements.some(needs);
      case 'Quantifier':
        return node.min >= 1 && needs(node.element);
      case 'Character':
        return node.value >= ASCII_END && !foldsToAscii;
      case 'CharacterClass':
        if (node.negate) return coversAscii(node.elements);
        return !foldsToAscii && node.elements.length > 0 && node.elements.every((e) => (e.type === 'Character' && e.value >= ASCII_END) || (e.type === 'CharacterClassRange' && e.min.value >= ASCII_END));
      default:
        return false;
    }
  };
  return needs(pattern);
}

/** Whether a class's elements (before negation) hold every ASCII character. */
function coversAscii(elements: AST.Node[]): boolean {
  const covered = new Uint8Array(ASCII_END);
  const mark = (from: number, to: number) => { for (let c = from; c <= Math.min(to, ASCII_END - 1); c++) covered[c] = 1; };
  for (const e of elements) {
    if (e.type === 'Character') mark(e.value, e.value);
    else if (e.type === 'CharacterClassRange') mark(e.min.value, e.max.value);
    else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) mark(0x30, 0x39);
    else if (e.type === 'CharacterSet' && e.kind === 'space' && !e.negate) { mark(0x09, 0x0d); mark(0x20, 0x20); }
    else if (e.type === 'CharacterSet' && e.kind === 'word' && !e.negate) { mark(0x30, 0x39); mark(0x41, 0x5a); mark(0x61, 0x7a); mark(0x5f, 0x5f); }
  }
  return covered.every((c) => c === 1);
}
