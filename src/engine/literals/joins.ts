// Whether a pattern can match across two lines joined with a space (the scanner's retry for messages wrapped
// by a terminal or a paste, line-scanner.ts). A pattern none of whose parts can match an ASCII space, and that
// has no lookahead (which could look past the end of the first line), finds in "line + ' ' + next" only
// matches inside the first line, which the try on the line alone already found: the retry is skipped.
import type { AST } from '@eslint-community/regexpp';

const SPACE = 0x20;

export function canJoinLines(pattern: AST.Pattern): boolean {
  return mayMatchSpace(pattern);
}

function mayMatchSpace(node: AST.Node): boolean {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some(mayMatchSpace);
    case 'Alternative':
      return node.elements.some(mayMatchSpace);
    case 'Quantifier':
      return mayMatchSpace(node.element);
    case 'Assertion':
      // a lookahead may see the next line; a lookbehind only what the match follows, on the first line
      return node.kind === 'lookahead';
    case 'Character':
      return node.value === SPACE;
    case 'CharacterSet':
      return setHasSpace(node);
    case 'CharacterClass': {
      const has = classHasSpace(node.elements);
      return has === 'unsure' || (node.negate ? has === 'no' : has === 'yes');
    }
    default:
      return true; // back-references and anything else: assume it can
  }
}

function setHasSpace(node: AST.CharacterSet): boolean {
  if (node.kind === 'any') return true;
  if (node.kind === 'space') return !node.negate;
  if (node.kind === 'digit' || node.kind === 'word') return node.negate;
  return true; // Unicode properties: assume it can
}

/** Whether the elements of a class (before its negation) include the space. */
function classHasSpace(elements: AST.Node[]): 'yes' | 'no' | 'unsure' {
  let answer: 'yes' | 'no' | 'unsure' = 'no';
  for (const e of elements) {
    if (e.type === 'Character') { if (e.value === SPACE) return 'yes'; }
    else if (e.type === 'CharacterClassRange') { if (e.min.value <= SPACE && SPACE <= e.max.value) return 'yes'; }
    else if (e.type === 'CharacterSet' && (e.kind === 'space' || e.kind === 'digit' || e.kind === 'word')) { if (setHasSpace(e)) return 'yes'; }
    else answer = 'unsure';
  }
  return answer;
}
