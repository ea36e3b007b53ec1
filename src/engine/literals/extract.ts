// Which literals must every match of a pattern contain? Computed from the regex syntax tree (regexpp), the way
// Rust's regex-syntax literal extractor and ripgrep's inner literals work: a concatenation joins the exact
// strings of neighbouring parts into runs (small classes expand, big ones end the run) and keeps its best
// required factor; an alternation takes the union of its alternatives' factors; a part that can be empty
// requires nothing. Sets stay small (MAX_SET) and strings are in the prefilter's normal form (normal-form.ts).
//
// The same walk proves a hand-written literal list: it is implied when, at some point of every alternative,
// every string that can stand there contains one of the listed literals.
import { createRequire } from 'node:module';
import type { AST, RegExpParser as Parser } from '@eslint-community/regexpp';
import { normalChar, normalLiteral } from './normal-form.js';
import common from './common-words.json' with { type: 'json' };

/** Most strings a set may hold (an exact set, a run's cross product, an alternation's union). */
export const MAX_SET = 64;
/** Longest string a set may hold (long products cost load time); a run past it goes on from its last HALF chars. */
const MAX_LENGTH = 128;
const HALF = 64;
/** Derived literals are cut to this length: a longer one is no rarer, and it costs automaton states. */
const MAX_LITERAL = 32;
/** A character class of at most this many (case-folded) characters is expanded into its characters. */
const MAX_CLASS = 10;
/** Shortest useful literal: shorter ones would stop the prefilter on nearly every line. */
export const MIN_LITERAL = 2;

/** What a syntax node tells about its matches. */
interface Facts {
  /** every string the node can match, when there are few (normal form, not trimmed); null = too many */
  exact: string[] | null;
  /** a set of strings one of which every match contains, the best found; null = none */
  required: string[] | null;
  /** every match starts with one of these ([''] = nothing known) */
  prefix: string[];
  /** every match ends with one of these */
  suffix: string[];
}

const NOTHING = [''];

export type ParsedPattern = AST.Pattern;

// loaded on first use: a start whose pattern verdicts are all cached (pattern-cache.ts) never needs the parser
let ParserClass: typeof Parser | undefined;

export function parsePattern(source: string, flags = 'i'): AST.Pattern {
  ParserClass ??= (createRequire(import.meta.url)('@eslint-community/regexpp') as { RegExpParser: typeof Parser }).RegExpParser;
  return new ParserClass().parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
}

/** The literal set every match of the pattern contains, or null when some alternative guarantees none. */
export function requiredLiterals(pattern: AST.Pattern): string[] | null {
  return factsOf(pattern).required;
}

/**
 * AND-literals for a pattern whose required literals include a weak one (a short ASCII literal such as "no"
 * sits inside many words of a log: "grad_norm"): a second literal set every match also contains, taken
 * from another part of each alternative with a weak literal (the other alternatives give their own
 * literals). Null when no literal is weak, when an alternative with a weak literal has no other part, or
 * when the second set holds a literal shorter than WEAK_LENGTH
 * ("gpu" is a fine second literal beside "no"; "-l" is not).
 */
export function andLiterals(pattern: AST.Pattern): string[] | null {
  const required = requiredLiterals(pattern);
  if (required === null || !required.some(weak)) return null;
  const sets: string[][] = [];
  for (const alt of pattern.alternatives) {
    const own = trimmed(factsOf(alt).required ?? factsOf(alt).exact);
    if (own === null) return null;
    const other = own.some(weak) ? secondBest(alt, own) : own;
    if (other === null) return null;
    sets.push(other);
  }
  const also = minimal(sets.flat());
  return also.length > MAX_SET || also.some(tooShort) ? null : also;
}

/** A literal of at most this many ASCII characters is weak: it sits inside many words of a log. */
const WEAK_LENGTH = 3;

function weak(literal: string): boolean {
  return /^[\x00-\x7f]*$/.test(literal) && literal.trim().length <= WEAK_LENGTH;
}

function tooShort(literal: string): boolean {
  return /^[\x00-\x7f]*$/.test(literal) && literal.trim().length < WEAK_LENGTH;
}

/** The best required set of a concatenation's parts whose text holds none of `chosen` (another part), or null. */
function secondBest(alt: AST.Alternative, chosen: string[]): string[] | null {
  const candidates = [...runs(alt.elements)];
  for (const e of alt.elements) {
    const r = factsOf(e).required;
    if (r) candidates.push(r);
  }
  const others = candidates.map(trimmed).filter((c): c is string[] => c !== null && c.every((s) => !chosen.some((t) => s.includes(t) || t.includes(s))));
  const choice = best(others);
  return choice && !choice.some(tooShort) ? choice : null;
}

/**
 * The parts of the pattern that no literal is derived for: the innermost alternatives without a required
 * literal, as pattern text (empty when every match is covered).
 */
export function uncoveredAlternatives(pattern: AST.Pattern): string[] {
  return findUncovered(pattern, (node) => factsOf(node).required !== null);
}

/** The parts of the pattern where a match may hold none of `literals` (empty when the list is implied). */
export function alternativesNotImplying(pattern: AST.Pattern, literals: string[]): string[] {
  const search = new LiteralSearch(literals.map(normalLiteral));
  return pattern.alternatives.filter((alt) => search.step(alt, new Set([ROOT])).size > 0).map((alt) => alt.raw);
}

/**
 * The alternatives where a match may start other than at the line start with one of `starts` (empty when every
 * match does): each alternative must open with `^`, and every way the rest can begin must start with one of them.
 */
export function alternativesNotStartingWith(pattern: AST.Pattern, starts: string[]): string[] {
  const wanted = starts.map(normalLiteral);
  return pattern.alternatives.filter((alt) => {
    const [first, ...rest] = alt.elements;
    if (first?.type !== 'Assertion' || first.kind !== 'start') return true;
    return !affix(rest.map(factsOf)).every((p) => wanted.some((w) => p.trimStart().startsWith(w)));
  }).map((alt) => alt.raw);
}

/** The innermost alternatives (as source text) for which `ok` fails, descending into groups that fail. */
function findUncovered(node: AST.Pattern | AST.Group | AST.CapturingGroup, ok: (n: AST.Node) => boolean, descend = true): string[] {
  const out: string[] = [];
  for (const alt of node.alternatives) {
    if (ok(alt)) continue;
    if (!descend) {
      out.push(alt.raw);
      continue;
    }
    // blame a group inside this alternative when the alternative fails because of it alone
    const inner = alt.elements.filter((e): e is AST.Group | AST.CapturingGroup => (e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length > 1 && !ok(e));
    const nested = inner.length === 1 ? findUncovered(inner[0]!, ok) : [];
    out.push(...(nested.length > 0 && node.alternatives.length === 1 ? nested : [alt.raw]));
  }
  return out;
}

/**
 * Proves that every match holds one of a few literals by walking the pattern with a literal search: a state
 * is what the text so far ends with that may start a literal ("1"/"0" first: the last character was a space),
 * and a node maps the states of the paths that hold no literal yet to the states after it. The pattern
 * implies the literals when no such path is left. Text the walk cannot spell out (a big class, `.*`) resets
 * a path to the start state, the state from which a literal is hardest to reach.
 */
const ROOT = '0';

class LiteralSearch {
  private readonly starts: Set<string>;

  constructor(private readonly literals: string[]) {
    this.starts = new Set(literals.flatMap((l) => [...Array(l.length).keys()].map((k) => l.slice(0, k))));
  }

  /** The states after `text` from `state`, or null when a literal ended on the way. */
  private feed(state: string, text: string): string | null {
    let space = state[0] === '1';
    let s = state.slice(1);
    for (const c of text) {
      if (c === ' ' && space) continue;
      space = c === ' ';
      let t = s + c;
      if (this.literals.some((l) => t.endsWith(l))) return null;
      while (!this.starts.has(t)) t = t.slice(1);
      s = t;
    }
    return (space ? '1' : '0') + s;
  }

  private feedAll(states: Set<string>, texts: string[]): Set<string> {
    const out = new Set<string>();
    for (const st of states) {
      for (const t of texts) {
        const next = this.feed(st, t);
        if (next !== null) out.add(next);
      }
    }
    return out;
  }

  /** The states of the paths through `node` that still hold no literal. */
  step(node: AST.Node, states: Set<string>): Set<string> {
    if (states.size === 0) return states;
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const out = new Set<string>();
        for (const alt of node.alternatives) for (const st of this.step(alt, states)) out.add(st);
        return out;
      }
      case 'Alternative':
        return node.elements.reduce((acc, e) => this.step(e, acc), states);
      case 'Quantifier': {
        const exact = factsOf(node).exact;
        if (exact !== null) return this.feedAll(states, exact);
        let acc = states;
        for (let i = 0; i < node.min; i++) acc = this.step(node.element, acc);
        if (node.max === node.min) return acc;
        // more copies: every state a further copy can lead to, until nothing new appears
        for (;;) {
          const more = new Set([...acc, ...this.step(node.element, acc)]);
          if (more.size === acc.size) return acc;
          acc = more;
        }
      }
      case 'Assertion':
        return states;
      default: {
        const exact = factsOf(node).exact;
        return exact !== null ? this.feedAll(states, exact) : new Set([ROOT]);
      }
    }
  }
}

const memo = new WeakMap<AST.Node, Facts>();

function factsOf(node: AST.Node): Facts {
  let f = memo.get(node);
  if (!f) memo.set(node, (f = compute(node)));
  return f;
}

function compute(node: AST.Node): Facts {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives.map(factsOf));
    case 'Alternative':
      return concatenation(node.elements);
    case 'Character':
      return leaf([normalChar(String.fromCodePoint(node.value))]);
    case 'CharacterClass':
      return leaf(node.negate ? null : classChars(node.elements));
    case 'CharacterSet':
      return leaf(setChars(node));
    case 'Assertion':
      // matches the empty string: adds nothing, and a lookaround's text is not part of the match
      return leaf(['']);
    case 'Quantifier':
      return quantifier(node);
    default:
      // back-references and anything else: unknown text
      return leaf(null);
  }
}

function leaf(exact: string[] | null): Facts {
  return { exact, required: null, prefix: exact ?? NOTHING, suffix: exact ?? NOTHING };
}

/** The characters of a class, case-folded, or null when there are more than MAX_CLASS. */
function classChars(elements: AST.Node[]): string[] | null {
  const chars = new Set<string>();
  for (const e of elements) {
    if (e.type === 'Character') chars.add(normalChar(String.fromCodePoint(e.value)));
    else if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value >= 2 * MAX_CLASS) return null;
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(normalChar(String.fromCodePoint(c)));
    } else if (e.type === 'CharacterSet' && setChars(e)) setChars(e)!.forEach((c) => chars.add(c));
    else return null;
    if (chars.size > MAX_CLASS) return null;
  }
  return [...chars];
}

const DIGITS = [...'0123456789'];

/** `\s` is one space in normal form; `\d` is ten digits; other sets are too big. */
function setChars(node: AST.CharacterSet): string[] | null {
  if (node.kind === 'space' && !node.negate) return [' '];
  if (node.kind === 'digit' && !node.negate) return DIGITS;
  return null;
}

function quantifier(q: AST.Quantifier): Facts {
  const child = factsOf(q.element);
  const exact = child.exact;
  // white space is one space in normal form, however long the run
  const space = exact !== null && exact.every((s) => s === ' ' || s === '');
  if (q.min === 0) return leaf(exact !== null && (q.max === 1 || space) ? dedupe([...exact, '']) : null);
  if (exact === null) return { exact: null, required: child.required, prefix: child.prefix, suffix: child.suffix };
  if (space) return leaf(dedupe(exact));
  // a{2} or (?:ab){1,3}: its first `min` copies are exact; more copies end the run
  const copies = product(Array(q.min).fill(exact));
  if (q.max === q.min && copies) return leaf(copies);
  if (q.max - q.min <= 3) {
    // a\\{1,2}: few counts, each spelled out
    const each = [];
    for (let k = q.min; k <= q.max; k++) each.push(product(Array(k).fill(exact)));
    if (each.every((e) => e !== null)) {
      const all = dedupe(each.flatMap((e) => e!));
      if (all.length <= MAX_SET) return leaf(all);
    }
  }
  return { exact: null, required: best([copies, child.required].filter((s): s is string[] => s !== null)), prefix: copies ?? NOTHING, suffix: copies ?? NOTHING };
}

function alternation(alts: Facts[]): Facts {
  const exact = alts.every((a) => a.exact !== null) ? dedupe(alts.flatMap((a) => a.exact!)) : null;
  const each = alts.map((a) => (usable(a.required) ? a.required : trimmed(a.exact)));
  const required = each.every((r) => r !== null) ? minimal(each.flatMap((r) => r!)) : null;
  const bounded = (set: string[] | null) => (set && set.length <= MAX_SET ? set : null);
  return {
    exact: bounded(exact),
    required: bounded(required),
    prefix: bounded(dedupe(alts.flatMap((a) => a.prefix))) ?? NOTHING,
    suffix: bounded(dedupe(alts.flatMap((a) => a.suffix))) ?? NOTHING,
  };
}

function concatenation(elements: AST.Element[]): Facts {
  const candidates = [...runs(elements)];
  for (const e of elements) {
    const r = factsOf(e).required;
    if (r) candidates.push(r);
  }
  const all = elements.map(factsOf);
  const exact = all.every((f) => f.exact !== null) ? product(all.map((f) => f.exact!)) : null;
  if (exact) candidates.push(exact);
  return {
    exact,
    required: best(candidates),
    prefix: affix(all),
    suffix: affix([...all].reverse(), true),
  };
}

/** The strings a sequence of parts starts with (or, reversed, ends with): exact parts, then one part's affix. */
function affix(parts: Facts[], atEnd = false): string[] {
  let acc = [''];
  for (const f of parts) {
    const next = product(atEnd ? [f.exact ?? f.suffix, acc] : [acc, f.exact ?? f.prefix]);
    if (next === null) return acc;
    acc = next;
    if (f.exact === null) return acc;
  }
  return acc;
}

/**
 * The cross products of maximal runs of exact parts, each run extended by the suffix of the part before it
 * and the prefix of the part after it (a run is cut where its product would grow past MAX_SET); and the
 * stretches of parts that have one spelling each ("not found" in `nvcc['"]?\s*(?:: )?not found`), which
 * are often a better literal than a run with many spellings.
 */
function runs(elements: AST.Element[]): string[][] {
  const known = runsOf.get(elements);
  if (known) return known;
  const out: string[][] = [];
  let run: string[] = [''];
  let parts: string[][] = []; // the exact sets whose product the run is (narrowings)
  let single = '';
  for (const e of elements) {
    const f = factsOf(e);
    if (f.exact?.length === 1) single = (single.slice(-HALF) + f.exact[0]).replace(/ {2,}/g, ' ');
    else {
      if (single !== '') out.push([single]);
      single = f.exact?.length === 1 ? f.exact[0]! : '';
    }
    if (f.exact === null) {
      out.push(joinAffix(run, f.prefix));
      // (a run too varied to be joined with the whole prefix: its ends may be, or be rarer alone)
      if (!product([run, f.prefix])) for (const ends of narrowings(parts, run.length)) out.push(ends, joinAffix(ends, f.prefix));
      run = f.suffix;
      parts = [f.suffix];
      continue;
    }
    const next = product([run, f.exact]);
    const cut = next ? null : product([tails(run), f.exact]);
    if (next || cut) {
      if (!next) parts = [tails(run)];
      run = (next ?? cut)!;
      parts.push(f.exact);
    } else {
      out.push(run);
      run = f.exact;
      parts = [f.exact];
    }
  }
  out.push(run);
  if (single !== '') out.push([single]);
  runsOf.set(elements, out);
  return out;
}
const runsOf = new WeakMap<AST.Element[], string[][]>();

/**
 * A run's ends without its first parts of digits and optional spaces, cut after each such part where fewer
 * strings are left: "0 + " … "9+" (a digit, an optional space, "+", an optional space) gives " + ", " +", "+ ",
 * "+" once the digit goes. Every match holds one of the run's strings, so it holds one of their ends: the
 * digits of a version and the optional space before a sign no longer hide the rarer text after them, nor keep
 * the run from being joined with the next part's prefix (joinAffix: "+ cu", "+cu", "+ cpu"… where only "cu",
 * "cpu" were found). Only such parts are dropped: a quote or a path's separator is as rare as what follows it
 * (selectivity's score cannot tell "__init__.py" from "\torch\__init__.py"). An end may be too short to be a
 * literal by itself ("+"): best() passes over it, and its join may be one. `parts`: the exact sets whose
 * product the run is; `size`: the run's strings.
 */
function narrowings(parts: string[][], size: number): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < parts.length - 1 && parts[k]!.every((s) => /^[\d ]*$/.test(s)); k++) {
    if (parts[k]!.length < 2) continue;
    const ends = product(parts.slice(k + 1));
    if (ends === null || ends.length >= size) continue;
    out.push(ends);
    size = ends.length;
  }
  return out;
}

/** A run followed by a part's prefix; the prefix is shortened until the product fits. */
function joinAffix(run: string[], prefix: string[]): string[] {
  const longest = Math.max(...prefix.map((p) => p.length));
  for (let k = longest; k > 0; k--) {
    const joined = product([run, dedupe(prefix.map((p) => p.slice(0, k)))]);
    if (joined) return joined;
  }
  return run;
}

/** The last HALF characters of each string (a run that grew too long goes on from there). */
function tails(set: string[]): string[] {
  return dedupe(set.map((s) => s.slice(-HALF)));
}

/** All concatenations, one string from each set, in normal form; null past MAX_SET strings or MAX_LENGTH. */
function product(sets: string[][]): string[] | null {
  let acc = [''];
  for (const set of sets) {
    if (set.length === 1 && !set[0]!.startsWith(' ')) {
      // the common step, one more character: no new spellings
      const b = set[0]!;
      if (acc.some((a) => a.length + b.length > MAX_LENGTH)) return null;
      acc = acc.map((a) => a + b);
      continue;
    }
    if (acc.length * set.length > MAX_SET * 4) return null;
    const next = new Set<string>();
    for (const a of acc) {
      for (const b of set) {
        const joined = a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
        if (joined.length > MAX_LENGTH) return null;
        next.add(joined);
      }
    }
    if (next.size > MAX_SET) return null;
    acc = [...next];
  }
  return acc;
}

/** A set as prefilter literals: trimmed, minimal; null when one member is too short to be a literal. */
function trimmed(set: string[] | null): string[] | null {
  return usable(set) ? minimal(set!.map((s) => s.trim())) : null;
}

function usable(set: string[] | null): boolean {
  return set !== null && set.length > 0 && set.every((s) => [...s.trim()].length >= MIN_LITERAL);
}

/** Drops members that contain another member (a line holding "cudart64" holds "cudart"). */
function minimal(set: string[]): string[] {
  const uniq = dedupe(set);
  return uniq.filter((s) => !uniq.some((t) => t !== s && s.includes(t)));
}

function dedupe(set: string[]): string[] {
  return [...new Set(set)];
}

/** The candidate a prefilter does best with: long, rare members, few of them; the first of equals. */
function best(candidates: string[][]): string[] | null {
  let choice: string[] | null = null;
  let top = -Infinity;
  for (const c of candidates) {
    if (!usable(c)) continue;
    const s = score(dedupe(c.map((x) => x.trim()))); // (" +cu" and "+cu" are one literal once trimmed)
    if (s > top) {
      top = s;
      choice = c;
    }
  }
  return choice && trimmed(choice.map((s) => s.trim().slice(0, MAX_LITERAL)));
}

// Letters that are frequent in English and in log text count less than digits, punctuation and rare letters.
const COMMON_CHARS = new Set([...' etaoinsrhldcu0123456789.:/_-=[](),']);
/** Past this weight a longer literal is hardly rarer; fewer literals are worth more then. */
const ENOUGH = 10;

const COMMON_WORDS = new Set(common.words);

/**
 * Log lines per weight unit: a member of weight w sits on about 2^(-BITS_PER_WEIGHT * w) of a log's lines
 * (fitted on the literals of the shipped rules over the corpus logs: 2 % of lines at weight 1, 0.3 % at 2,
 * 0.05 % at 4).
 */
const BITS_PER_WEIGHT = 1.5;

/**
 * How selective a literal set is, in weight units: the estimated share of lines holding any member (the sum
 * of the members' shares). A set of several long members beats one short word: what a line holds decides the
 * stops, the number of literals only the automaton's size.
 */
export function score(set: string[]): number {
  const share = set.reduce((sum, s) => sum + 2 ** (-BITS_PER_WEIGHT * weight(s)), 0);
  return -Math.log2(share) / BITS_PER_WEIGHT;
}

function weight(s: string): number {
  // a CJK or other non-ASCII character says more than a letter; a word found on most log lines says little,
  // unless a rare sign stands by it: "+cu" (a wheel's CUDA tag) is far rarer than "cu", the sign counts in full
  const chars = [...s];
  const w = Math.min(ENOUGH, chars.reduce((n, c) => n + (c > '\x7f' ? 2 : COMMON_CHARS.has(c) ? 0.6 : 1), 0));
  if (!COMMON_WORDS.has(s.replace(/[^\p{L}\p{N}_-]+/gu, ''))) return w;
  const signs = chars.filter((c) => c <= '\x7f' && !COMMON_CHARS.has(c) && !/[\w-]/.test(c)).length;
  return Math.min(ENOUGH, (w - signs) / 4 + signs);
}
