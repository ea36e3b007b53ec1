// Arranges a diagnosis for the page in the CLI's order: the root cause first, then the other problems,
// the symptoms the root cause explains folded into one line, informational notes apart; and the log as
// numbered lines with the evidence lines marked. Only arranges: texts come from the engine's views.
import type { FindingView } from '../../src/report/view.js';

export interface LogLine { n: number; text: string; hit: boolean }
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
  const hits = new Set(views.flatMap((f) => f.evidence.map((e) => e.line)));
  return {
    rootCause: problems[0],
    others: problems.slice(1).filter((f) => f.explainedBy.length === 0),
    explained: problems.slice(1).filter((f) => f.explainedBy.length > 0),
    infos: views.filter((f) => f.severity === 'info'),
    counts: { lines, errors: count('error'), warnings: count('warning'), infos: count('info') },
    rows: logRows(splitLines(log), hits),
  };
}

export function splitLines(log: string): string[] {
  const lines = log.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function logRows(lines: string[], hits: Set<number>): LogRow[] {
  const row = (i: number): LogLine => ({ n: i + 1, text: lines[i]!, hit: hits.has(i + 1) });
  if (lines.length <= MAX_ROWS) return lines.map((_l, i) => row(i));
  const keep = new Set<number>();
  const span = (from: number, to: number): void => { for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) keep.add(i); };
  span(0, EDGE);
  span(lines.length - EDGE, lines.length);
  for (const n of hits) span(n - 1 - CONTEXT, n + CONTEXT);
  const rows: LogRow[] = [];
  let last = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i > last + 1) rows.push({ gap: i - last - 1 });
    rows.push(row(i));
    last = i;
  }
  return rows;
}

/** Lines the redaction changed, for the note shown before sharing. */
export function changedLines(original: string, redacted: string): number {
  if (original === redacted) return 0;
  const a = original.split('\n');
  const b = redacted.split('\n');
  let n = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}
