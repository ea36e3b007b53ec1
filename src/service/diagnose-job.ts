// One diagnosis as a worker thread runs it: bytes are decoded like the CLI decodes a file (encoding
// sniffing, binary refusal), text is scanned as it is; the findings come back resolved in one language and,
// when asked, redacted. Runs only inside a worker (see diagnose-pool.ts): it runs every rule pattern.
import { decodeLines } from '../input/read-log.js';
import { diagnoseChunks } from '../engine/diagnose.js';
import { loadRuleSet } from '../engine/load-rules.js';
import { viewFindings, type FindingView } from '../report/view.js';
import { contractFindings } from '../report/json.js';
import { redact, type RedactionKind } from '../redact/redact.js';
import type { Lang } from '../engine/rule-types.js';

export interface DiagnoseJob {
  input: Uint8Array | string;
  lang: Lang;
  /** names the input in messages ("message.txt") */
  label: string;
  redact: boolean;
  /** redact the whole log first, diagnose that, and send it back (what a web share stores and shows) */
  redactLog?: boolean;
  /**
   * answer with the findings already written as the CONTRACT.md JSON (UTF-8 bytes) instead of as objects:
   * what the web API sends. Bytes cross back to the caller's thread without a copy; an object tree is cloned
   * field by field on both sides, which cost the API more than writing the JSON.
   */
  asJson?: boolean;
}

/** What `diagnose --json` prints is made from this (report/json.ts renderJson(report.findings)). */
export interface DiagnoseReport {
  findings: FindingView[];
  lines: number;
  /** set when the job asked for redaction: the kinds of personal detail hidden in the findings (or the log) */
  redacted?: RedactionKind[];
  /** with `redactLog`: the decoded log after redaction, which is what was diagnosed */
  log?: string;
  /** milliseconds the job took in its worker (decoding, diagnosis, texts), queueing and message passing not counted */
  ms?: number;
  /** CPU milliseconds of the worker thread for the job (Linux): unlike `ms`, not stretched by a busy machine */
  cpuMs?: number;
  /** milliseconds the job waited in the pool's queue for a free worker (set by the pool, diagnose-pool.ts) */
  queuedMs?: number;
}

/** A DiagnoseJob's answer with `asJson`: `{"findings":[…],"lines":N}` as UTF-8, the body of the web API. */
export interface JsonDiagnoseReport {
  json: Uint8Array;
  lines: number;
  ms?: number;
  cpuMs?: number;
  queuedMs?: number;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Buffer> {
  yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function redactFindings(findings: FindingView[]): { findings: FindingView[]; kinds: RedactionKind[] } {
  const kinds = new Set<RedactionKind>();
  const hide = (s: string): string => {
    const r = redact(s);
    r.kinds.forEach((k) => kinds.add(k));
    return r.text;
  };
  const out = findings.map((v) => ({
    ...v,
    title: hide(v.title),
    why: hide(v.why),
    evidence: v.evidence.map((e) => ({ line: e.line, text: hide(e.text) })),
    fixes: v.fixes.map((f) => ({ ...f, title: hide(f.title), steps: f.steps.map(hide) })),
  }));
  return { findings: out, kinds: [...kinds] };
}

async function decodedText(job: DiagnoseJob): Promise<string> {
  if (typeof job.input === 'string') return job.input;
  const parts: string[] = [];
  for await (const chunk of decodeLines(once(job.input), job.label)) parts.push(chunk.text);
  return parts.join('');
}

/** The findings as the web API sends them; the bytes own their memory, so they can be transferred. */
export function jsonReport(report: DiagnoseReport): JsonDiagnoseReport {
  // TextEncoder, not Buffer.from: a short Buffer is a slice of Node's shared pool, which cannot be transferred
  const json = new TextEncoder().encode(JSON.stringify({ findings: contractFindings(report.findings), lines: report.lines }));
  return { json, lines: report.lines };
}

export async function runDiagnoseJob(job: DiagnoseJob): Promise<DiagnoseReport> {
  const ruleSet = loadRuleSet();
  if (job.redactLog) {
    const { text, kinds } = redact(await decodedText(job));
    const diagnosis = await diagnoseChunks([{ text }], ruleSet);
    return { findings: viewFindings(diagnosis.findings, diagnosis.facts, job.lang), lines: diagnosis.lines, log: text, redacted: kinds };
  }
  const chunks = typeof job.input === 'string' ? [{ text: job.input }] : decodeLines(once(job.input), job.label);
  const diagnosis = await diagnoseChunks(chunks, ruleSet);
  const findings = viewFindings(diagnosis.findings, diagnosis.facts, job.lang);
  if (!job.redact) return { findings, lines: diagnosis.lines };
  const r = redactFindings(findings);
  return { findings: r.findings, lines: diagnosis.lines, redacted: r.kinds };
}
