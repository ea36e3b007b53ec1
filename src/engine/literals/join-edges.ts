// Which characters can stand next to the joining space of a wrapped-line retry (line-scanner.ts): the retry
// runs a pattern on "line + ' ' + next line" after it found nothing on the line alone. Whatever it can find
// then is a match that starts on the line and runs past its end (see joinEdgesOf for why), so the match holds
// the line's last character directly followed by that space, and the space directly followed by the next
// line's first character (or the space ends the match). When the pattern can hold neither such pair, the
// retry cannot find anything and is skipped: a path frame ending in '>' before a line starting with 'S' is
// never tried with a pattern that holds a space only after a letter.
//
// The sets are over-estimates made from the syntax tree (which characters each part can consume first, last,
// and next to a space), so skipping is never wrong: assertions and lookbehinds consume nothing and are read
// as if always true. Characters are ASCII, with one entry standing for every non-ASCII character.
import type { AST } from '@eslint-community/regexpp';

const SPACE = 0x20;
/** The entry of a set that stands for every character from U+0080 on. */
export const NON_ASCII = 0x80;

/** A set of characters: ASCII ones, and NON_ASCII for all the others. */
class Chars {
  readonly has = new Uint8Array(NON_ASCII + 1);

  add(c: number): this {
    this.has[Math.min(c, NON_ASCII)] = 1;
    return this;
  }

  addRange(from: number, to: number): this {
    for (let c = from; c <= Math.min(to, NON_ASCII - 1); c++) this.has[c] = 1;
    if (to >= NON_ASCII) this.has[NON_ASCII] = 1;
    return this;
  }

  addAll(other: Chars): this {
    for (let c = 0; c <= NON_ASCII; c++) if (other.has[c]) this.has[c] = 1;
    return this;
  }

  /** Every ASCII character not in the set, and all non-ASCII ones (a negated class leaves some in). */
  complement(): Chars {
    const out = new Chars();
    for (let c = 0; c < NON_ASCII; c++) if (!this.has[c]) out.has[c] = 1;
    out.has[NON_ASCII] = 1;
    return out;
  }

  get space(): boolean {
    return this.has[SPACE] === 1;
  }

  /** The set written as edgeChars() reads it. */
  toString(): string {
    // '-' first (anywhere else it joins a range), then runs of three or more as ranges
    let s = this.has[DASH] ? '-' : '';
    for (let c = 0; c <= NON_ASCII; c++) {
      if (!this.has[c] || c === DASH) continue;
      let to = c;
      while (to < NON_ASCII && this.has[to + 1] && to + 1 !== DASH) to++;
      s += to - c >= 2 ? `${String.fromCharCode(c)}-${String.fromCharCode(to)}` : String.fromCharCode(c);
      if (to - c === 1) s += String.fromCharCode(to);
      c = to;
    }
    return s;
  }
}

const DASH = 0x2d;

/**
 * The character codes of a join edge as written (a '-' first stands for itself; elsewhere 'a-z' is a range;
 * U+0080 stands for every non-ASCII character), as flags by code up to NON_ASCII.
 */
export function edgeChars(written: string): Uint8Array {
  const flags = new Uint8Array(NON_ASCII + 1);
  let i = 0;
  if (written.length > 0 && written.charCodeAt(0) === DASH) { flags[DASH] = 1; i = 1; }
  while (i < written.length) {
    const from = written.charCodeAt(i);
    const range = i + 2 < written.length && written.charCodeAt(i + 1) === DASH; // (bound first: a read past the end deoptimises)
    const to = range ? written.charCodeAt(i + 2) : from;
    for (let c = from; c <= to; c++) flags[Math.min(c, NON_ASCII)] = 1;
    i += range ? 3 : 1;
  }
  return flags;
}

const ALL = () => new Chars().addRange(0, NON_ASCII);

/** What a part of a pattern can consume (its matches' characters, one after the other). */
interface Part {
  nullable: boolean;
  first: Chars;
  last: Chars;
  /** characters directly followed by a space inside one of its matches */
  beforeSpace: Chars;
  /** characters directly following a space inside one of its matches */
  afterSpace: Chars;
}

const empty = (): Part => ({ nullable: true, first: new Chars(), last: new Chars(), beforeSpace: new Chars(), afterSpace: new Chars() });
const single = (chars: Chars): Part => ({ nullable: false, first: chars, last: chars, beforeSpace: new Chars(), afterSpace: new Chars() });

/** The characters around the joining space, each set written as a regex class's body (see edgeChars). */
export interface JoinEdges {
  /** the line's last character must be one of these */
  before: string;
  /** the next line's first character must be one of these; absent when a match may end with the space */
  after?: string;
}

/** Thrown inside the walk for what it cannot bound (a back-reference, a positive lookahead…). */
class Unknown extends Error {}

/**
 * The join edges of a pattern, or null when it cannot tell (every retry is then made).
 *
 * Why a retry only finds matches that cross the line's end: the line alone had no match. A match found in the
 * joined text that ends within the line passes the same character tests on the line alone; the assertions
 * there read the same (the end of the line and a space are both non-word characters for `\b`; `$` holds on
 * the line alone only, so it can only have helped there), and a negative lookahead whose body holds no `$`
 * and no negative lookahead of its own fails on the joined text whenever it fails on the line. A positive
 * lookahead or a back-reference is not bounded this way: null.
 */
export function joinEdgesOf(pattern: AST.Pattern, flags = 'i'): JoinEdges | null {
  const fold = flags.includes('i');
  // with u or v, case-insensitive matching folds U+017F to 's' and U+212A to 'k'
  const foldsAcross = fold && (flags.includes('u') || flags.includes('v'));
  const folded = (chars: Chars): Chars => {
    if (!fold) return chars;
    let letters = false;
    for (let c = 0x41; c <= 0x5a; c++) {
      if (chars.has[c] || chars.has[c + 0x20]) {
        chars.has[c] = chars.has[c + 0x20] = 1;
        letters = true;
      }
    }
    if (foldsAcross && (letters || chars.has[NON_ASCII])) chars.addRange(0x41, 0x5a).addRange(0x61, 0x7a).add(NON_ASCII);
    return chars;
  };

  const escapeSet = (node: AST.EscapeCharacterSet): Chars => {
    const chars = new Chars();
    if (node.kind === 'digit') chars.addRange(0x30, 0x39);
    else if (node.kind === 'space') chars.addRange(0x09, 0x0d).add(SPACE).add(NON_ASCII);
    else chars.addRange(0x30, 0x39).addRange(0x41, 0x5a).addRange(0x61, 0x7a).add(0x5f);
    return node.negate ? chars.complement() : folded(chars);
  };

  const classChars = (node: AST.CharacterClass): Chars => {
    const chars = new Chars();
    for (const e of node.elements) {
      if (e.type === 'Character') chars.add(e.value);
      else if (e.type === 'CharacterClassRange') chars.addRange(e.min.value, e.max.value);
      else if (e.type === 'CharacterSet' && e.kind !== 'property') chars.addAll(escapeSet(e));
      else chars.addAll(ALL()); // Unicode properties, v-flag strings and nested classes: anything
    }
    return node.negate ? folded(chars).complement() : folded(chars);
  };

  const sequence = (parts: Part[]): Part => {
    const out = empty();
    let last = new Chars();
    for (const p of parts) {
      if (p.first.space) out.beforeSpace.addAll(last);
      if (last.space) out.afterSpace.addAll(p.first);
      out.beforeSpace.addAll(p.beforeSpace);
      out.afterSpace.addAll(p.afterSpace);
      if (out.nullable) out.first.addAll(p.first);
      last = p.nullable ? new Chars().addAll(last).addAll(p.last) : p.last;
      out.nullable &&= p.nullable;
    }
    out.last = last;
    return out;
  };

  const choice = (parts: Part[]): Part => {
    const out = empty();
    out.nullable = parts.length === 0 || parts.some((p) => p.nullable);
    for (const p of parts) {
      out.first.addAll(p.first);
      out.last.addAll(p.last);
      out.beforeSpace.addAll(p.beforeSpace);
      out.afterSpace.addAll(p.afterSpace);
    }
    return out;
  };

  /** A negative lookahead's body must not hold what reads differently at the line's end (see above). */
  const checkLookaheadBody = (node: AST.Node): void => {
    const walk = (n: AST.Node): void => {
      if (n.type === 'Assertion' && (n.kind === 'end' || (n.kind === 'lookahead' && n.negate))) throw new Unknown();
      if (n.type === 'Backreference') throw new Unknown();
      if ('alternatives' in n) n.alternatives.forEach(walk);
      else if (n.type === 'Alternative') n.elements.forEach(walk);
      else if (n.type === 'Quantifier') walk(n.element);
    };
    walk(node);
  };

  const partOf = (node: AST.Node): Part => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return choice(node.alternatives.map(partOf));
      case 'Alternative':
        return sequence(node.elements.map(partOf));
      case 'Quantifier': {
        if (node.max === 0) return empty();
        const x = partOf(node.element);
        const out: Part = { nullable: node.min === 0 || x.nullable, first: x.first, last: x.last, beforeSpace: new Chars().addAll(x.beforeSpace), afterSpace: new Chars().addAll(x.afterSpace) };
        if (node.max >= 2) {
          // one repetition's last character before the next one's first
          if (x.first.space) out.beforeSpace.addAll(x.last);
          if (x.last.space) out.afterSpace.addAll(x.first);
        }
        return out;
      }
      case 'Character':
        return single(folded(new Chars().add(node.value)));
      case 'CharacterClass':
        return single(classChars(node));
      case 'CharacterSet':
        if (node.kind === 'any') return single(ALL());
        if (node.kind === 'property') return single(ALL());
        return single(escapeSet(node));
      case 'ExpressionCharacterClass':
        return single(ALL());
      case 'Assertion':
        if (node.kind === 'lookahead') {
          if (!node.negate) throw new Unknown();
          node.alternatives.forEach(checkLookaheadBody);
        }
        return empty(); // consumes nothing
      default:
        throw new Unknown(); // back-references
    }
  };

  let whole: Part;
  try {
    whole = partOf(pattern);
  } catch (err) {
    if (err instanceof Unknown) return null;
    throw err;
  }
  const before = whole.beforeSpace.toString();
  return whole.last.space ? { before } : { before, after: whole.afterSpace.toString() };
}
