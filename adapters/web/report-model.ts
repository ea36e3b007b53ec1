// Arranges a diagnosis for the page in the CLI's order: the root cause first, then the other problems,
// the symptoms the root cause explains folded into one line, informational notes apart; and the log as
// numbered lines with the evidence lines marked. Only arranges: texts come from the engine's views.
import type { FindingView } from '../../src/report/view.js';

/** `hit`: evidence of a problem; `note`: evidence of an informational finding only */
export interface LogLine { n: number; text: string; mark: 'hit' | 'note' | '' }
/** lines `from`..`to` (1-based, inclusive) left out of a long log, and the `?lines=` pages that show them */
export interface LogGap { gap: number; from: number; to: number; pages: LineRange[] }
export type LogRow = LogLine | LogGap;

/** Lines `from`..`to` (1-based, inclusive). */
export interface LineRange { from: number; to: number }

export interface ReportModel {
  rootCause: FindingView | undefined;
  others: FindingView[];
  explained: FindingView[];
  infos: FindingView[];
  counts: { lines: number; errors: number; warnings: number; infos: number };
  rows: LogRow[];
  /** true when some lines of the log are not on the page (see MAX_ROWS) */
  windowed: boolean;
}

/**
 * Logs longer than this show the lines around the evidence, the start and the end, not every line (a page
 * of hundreds of thousands of rows stalls a browser); a shared log's other lines are a `?lines=` page away.
 */
export const MAX_ROWS = 20_000;
/** the most lines one `?lines=from-to` request adds to the page (a phone renders this many rows in a moment) */
export const PAGE_LINES = 2_000;
const CONTEXT = 30;
const EDGE = 500;

export function buildReport(views: FindingView[], log: string, lines: number, show?: LineRange): ReportModel {
  const problems = views.filter((f) => f.severity !== 'info');
  const count = (s: string): number => views.filter((f) => f.severity === s).length;
  const evidenceLines = (fs: FindingView[]): Set<number> => new Set(fs.flatMap((f) => f.evidence.map((e) => e.line)));
  const marks = { hits: evidenceLines(problems), notes: evidenceLines(views.filter((f) => f.severity === 'info')) };
  const rows = logRows(splitLines(log), marks, show);
  return {
    rootCause: problems[0],
    others: problems.slice(1).filter((f) => f.explainedBy.length === 0),
    explained: problems.slice(1).filter((f) => f.explainedBy.length > 0),
    infos: views.filter((f) => f.severity === 'info'),
    counts: { lines, errors: count('error'), warnings: count('warning'), infos: count('info') },
    rows,
    windowed: rows.some((r) => 'gap' in r),
  };
}

export function splitLines(log: string): string[] {
  const lines = log.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** `?lines=120-480` → { from: 120, to: 480 }, at most PAGE_LINES lines; null for anything else. */
export function parseLineRange(value: unknown): LineRange | null {
  // split, not a pattern: this runs on the server's main thread
  const parts = typeof value === 'string' ? value.split('-') : [];
  if (parts.length !== 2 || !parts.every(isLineNumber)) return null;
  const from = Number(parts[0]);
  const to = Number(parts[1]);
  if (from < 1 || to < from) return null;
  return { from, to: Math.min(to, from + PAGE_LINES - 1) };
}

function isLineNumber(s: string): boolean {
  if (s.length < 1 || s.length > 9) return false;
  for (const ch of s) if (ch < '0' || ch > '9') return false;
  return true;
}

/** A gap and its pages: its first PAGE_LINES lines, and its last ones when it is longer than that. */
function gapRow(from: number, to: number): LogGap {
  const first = { from, to: Math.min(to, from + PAGE_LINES - 1) };
  const pages = first.to === to ? [first] : [first, { from: Math.max(first.to + 1, to - PAGE_LINES + 1), to }];
  return { gap: to - from + 1, from, to, pages };
}

function logRows(lines: string[], { hits, notes }: { hits: Set<number>; notes: Set<number> }, show?: LineRange): LogRow[] {
  const row = (i: number): LogLine => ({ n: i + 1, text: lines[i]!, mark: hits.has(i + 1) ? 'hit' : notes.has(i + 1) ? 'note' : '' });
  if (lines.length <= MAX_ROWS) return lines.map((_l, i) => row(i));
  const keep = new Set<number>();
  const span = (from: number, to: number): void => { for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) keep.add(i); };
  span(0, EDGE);
  span(lines.length - EDGE, lines.length);
  for (const n of [...hits, ...notes]) span(n - 1 - CONTEXT, n + CONTEXT);
  if (show) span(show.from - 1, show.to);
  const rows: LogRow[] = [];
  let last = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i > last + 1) rows.push(gapRow(last + 2, i));
    rows.push(row(i));
    last = i;
  }
  return rows;
}
