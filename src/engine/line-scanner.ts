// Finds pattern matches in decoded log text, fast and without catastrophic backtracking:
// one combined literal prefilter runs over the whole chunk, and a rule's regex runs only on the
// (rare) lines that contain one of its literals, on a bounded window of the line.
import { stripVTControlCharacters } from 'node:util';
import type { PatternSpec } from './rule-types.js';

export interface CompiledPattern<T> {
  literals: string[];
  regex: RegExp;
  /** what the caller attached to this pattern (a signal name, a fact spec…) */
  tag: T;
}

export interface LineMatch<T> {
  pattern: CompiledPattern<T>;
  /** 1-based line number in the decoded input */
  line: number;
  /** the cleaned line (ANSI codes and quote markers removed), trimmed */
  text: string;
  groups: Record<string, string>;
}

/** Regexes never see more than this many characters of one line. */
const MAX_WINDOW = 8192;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ANSI colour codes whose ESC byte was lost in a copy-paste, e.g. "[31m", "[0;32m"
const BARE_ANSI = /\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;
// Markdown / e-mail quote markers at the start of a line
const QUOTE_PREFIX = /^(?:\s{0,3}>)+ ?/;

export function cleanLine(raw: string): string {
  let s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (s.includes('\x1b') || s.includes('\x9b')) s = stripVTControlCharacters(s);
  if (s.includes('[') && s.includes('m')) s = s.replace(BARE_ANSI, '');
  return s.replace(QUOTE_PREFIX, '');
}

export function compilePattern<T>(spec: PatternSpec, tag: T): CompiledPattern<T> {
  const flags = (spec.flags ?? 'i').replace(/[gy]/g, '');
  return { literals: spec.literals, regex: new RegExp(spec.pattern, flags), tag };
}

export class LineScanner<T> {
  private readonly prefilter: RegExp;
  private readonly prefilterI: RegExp;
  private readonly literals: string[];
  private readonly byLiteral = new Map<string, CompiledPattern<T>[]>();
  private lineNo = 1;
  /** true when the previous chunk ended in the middle of a line */
  private midLine = false;

  constructor(patterns: CompiledPattern<T>[]) {
    for (const p of patterns) {
      for (const lit of p.literals) {
        const list = this.byLiteral.get(lit) ?? [];
        list.push(p);
        this.byLiteral.set(lit, list);
      }
    }
    // Longer literals first, and drop literals that contain a shorter one: the shorter one already finds the line.
    const all = [...this.byLiteral.keys()].sort((a, b) => a.length - b.length);
    const kept: string[] = [];
    for (const lit of all) if (!kept.some((k) => lit.includes(k))) kept.push(lit);
    this.literals = all;
    const source = kept.map(escapeRegex).join('|') || '(?!)';
    this.prefilter = new RegExp(source, 'g');
    this.prefilterI = new RegExp(source, 'gi');
  }

  /** Scans one chunk of whole lines (or a piece of one very long line); calls onMatch for every match. */
  scan(text: string, onMatch: (m: LineMatch<T>) => void): void {
    const lower = text.toLowerCase();
    // toLowerCase can change the length for a few Unicode letters; then indexes would not line up
    const sameLength = lower.length === text.length;
    const re = sameLength ? this.prefilter : this.prefilterI;
    const haystack = sameLength ? lower : text;
    re.lastIndex = 0;
    let counted = 0; // position up to which newlines were counted
    let nextLineStart = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null) {
      const hit = m.index;
      if (hit < nextLineStart) continue;
      const start = text.lastIndexOf('\n', hit - 1) + 1;
      let end = text.indexOf('\n', hit);
      if (end < 0) end = text.length;
      this.lineNo += countNewlines(text, counted, start);
      counted = start;
      this.matchLine(text, lower, sameLength, start, end, onMatch);
      nextLineStart = end + 1;
      re.lastIndex = end + 1;
    }
    this.lineNo += countNewlines(text, counted, text.length);
    this.midLine = !text.endsWith('\n');
  }

  private matchLine(text: string, lower: string, sameLength: boolean, start: number, end: number, onMatch: (m: LineMatch<T>) => void): void {
    const lineLower = sameLength ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    const candidates = new Set<CompiledPattern<T>>();
    let firstHit = -1;
    for (const lit of this.literals) {
      const at = lineLower.indexOf(lit);
      if (at < 0) continue;
      if (firstHit < 0 || at < firstHit) firstHit = at;
      for (const p of this.byLiteral.get(lit)!) candidates.add(p);
    }
    if (candidates.size === 0) return;
    let raw = text.slice(start, end);
    if (raw.length > MAX_WINDOW) {
      const from = Math.max(0, firstHit - MAX_WINDOW / 2);
      raw = raw.slice(from, from + MAX_WINDOW);
    }
    const line = cleanLine(raw);
    let joined: string | null = null; // this line + the next one, for messages wrapped by a terminal or a paste
    for (const p of candidates) {
      let match = p.regex.exec(line);
      if (!match && end < text.length) {
        joined ??= line + ' ' + cleanLine(text.slice(end + 1, Math.min(text.indexOf('\n', end + 1) >>> 0, end + 1 + MAX_WINDOW)));
        match = p.regex.exec(joined);
      }
      if (!match) continue;
      onMatch({ pattern: p, line: this.lineNo, text: line.trim(), groups: { ...(match.groups ?? {}) } });
    }
  }

  /** Number of lines seen so far (after the last chunk). */
  get lines(): number {
    return this.midLine ? this.lineNo : this.lineNo - 1;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}
