// Arranges a diagnosis for the page in the CLI's order: the root cause first, then the other problems,
// the symptoms the root cause explains folded into one line, informational notes apart; and the log as
// numbered lines with the evidence lines marked. Only arranges: texts come from the engine's views.
import type { FindingView } from '../../src/report/view.js';

/** `hit`: evidence of a problem; `note`: evidence of an informational finding only */
export interface LogLine { n: number; text: string; mark: 'hit' | 'note' | '' }
export type LogRow = LogLine | { gap: number };

export interface ReportModel {
  rootCause: FindingView | undefined;
  others: FindingView[];
  explained: FindingView[];
  infos: FindingView[];
  counts: { lines: number; errors: number; warnings: number; infos: number };
  rows: LogRow[];
}

/** Logs longer than this show the lines around the evidence, the start and the end, not every line. */
const MAX_ROWS = 20_000;
const CONTEXT = 30;
const EDGE = 500;

export function buildReport(views: FindingView[], log: string, lines: number): ReportModel {
  const problems = views.filter((f) => f.severity !== 'info');
  const count = (s: string): number => views.filter((f) => f.severity === s).length;
  const evidenceLines = (fs: FindingView[]): Set<number> => new Set(fs.flatMap((f) => f.evidence.map((e) => e.line)));
  const marks = { hits: evidenceLines(problems), notes: evidenceLines(views.filter((f) => f.severity === 'info')) };
  return {
    rootCause: problems[0],
    others: problems.slice(1).filter((f) => f.explainedBy.length === 0),
    explained: problems.slice(1).filter((f) => f.explainedBy.length > 0),
    infos: views.filter((f) => f.severity === 'info'),
    counts: { lines, errors: count('error'), warnings: count('warning'), infos: count('info') },
    rows: logRows(splitLines(log), marks),
  };
}

export function splitLines(log: string): string[] {
  const lines = log.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function logRows(lines: string[], { hits, notes }: { hits: Set<number>; notes: Set<number> }): LogRow[] {
  const row = (i: number): LogLine => ({ n: i + 1, text: lines[i]!, mark: hits.has(i + 1) ? 'hit' : notes.has(i + 1) ? 'note' : '' });
  if (lines.length <= MAX_ROWS) return lines.map((_l, i) => row(i));
  const keep = new Set<number>();
  const span = (from: number, to: number): void => { for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) keep.add(i); };
  span(0, EDGE);
  span(lines.length - EDGE, lines.length);
  for (const n of [...hits, ...notes]) span(n - 1 - CONTEXT, n + CONTEXT);
  const rows: LogRow[] = [];
  let last = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i > last + 1) rows.push({ gap: i - last - 1 });
    rows.push(row(i));
    last = i;
  }
  return rows;
}

