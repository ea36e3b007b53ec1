// The one door to the engine for the web server: the shared diagnose pool (worker threads with a deadline
// and a bounded queue, src/service/diagnose-pool.ts), so no rule pattern or redaction runs on the server's
// main thread. Busy, late and unreadable logs become HttpErrors here.
import { createDiagnosePool, DiagnoseFailedError, DiagnoseTimeoutError, QueueFullError } from '../../src/service/diagnose-pool.js';
import { InputError } from '../../src/input/decode.js';
import type { Lang } from '../../src/engine/rule-types.js';
import type { FindingView } from '../../src/report/view.js';
import { HttpError } from './http-error.js';

/**
 * milliseconds (wall clock, CPU) the diagnosis took in its worker, and how long it waited for a worker before:
 * the Server-Timing header of the API
 */
interface WorkerTiming {
  ms?: number;
  cpuMs?: number;
  queuedMs?: number;
}

export interface WebDiagnosis extends WorkerTiming {
  views: FindingView[];
  lines: number;
  /** with `redactLog`: the decoded log after redaction, which is what was diagnosed */
  log?: string;
  /** with `redactLog`: the kinds of personal detail replaced (user, host, secret, email, ip…) */
  redacted?: string[];
}

/** The API's answer as the worker wrote it: `{"findings":[…],"lines":N}` in UTF-8, sent as it is. */
export interface JsonDiagnosis extends WorkerTiming {
  body: Buffer;
  lines: number;
}

export interface Diagnoser {
  diagnose(input: Uint8Array | string, lang: Lang, opts?: { redactLog?: boolean }): Promise<WebDiagnosis>;
  diagnoseJson(input: Uint8Array | string, lang: Lang): Promise<JsonDiagnosis>;
  /** resolves once the workers have loaded the rules */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const timingOf = (r: WorkerTiming): WorkerTiming => ({
  ...(r.ms === undefined ? {} : { ms: r.ms }),
  ...(r.cpuMs === undefined ? {} : { cpuMs: r.cpuMs }),
  ...(r.queuedMs === undefined ? {} : { queuedMs: r.queuedMs }),
});

function httpErrorOf(err: unknown): unknown {
  if (err instanceof QueueFullError) return new HttpError(503, 'busy', 'too many logs are waiting to be diagnosed; try again in a minute', { 'retry-after': '30' });
  if (err instanceof DiagnoseTimeoutError) return new HttpError(503, 'timeout', err.message);
  if (err instanceof InputError) return new HttpError(400, err.message.endsWith(' is empty') ? 'empty-log' : 'unreadable-log', err.message);
  if (err instanceof DiagnoseFailedError) return new HttpError(500, 'internal', err.message);
  return err;
}

export function createDiagnoser(opts: { workers: number; queueSize: number; deadlineMs: number }): Diagnoser {
  const pool = createDiagnosePool({ size: opts.workers, deadlineMs: opts.deadlineMs, queueLimit: opts.queueSize });
  return {
    async diagnose(input, lang, { redactLog = false } = {}) {
      try {
        const report = await pool.diagnose(input, { lang, label: 'the log', redactLog });
        return {
          views: report.findings, lines: report.lines, ...timingOf(report),
          ...(redactLog ? { log: report.log ?? '', redacted: report.redacted ?? [] } : {}),
        };
      } catch (err) {
        throw httpErrorOf(err);
      }
    },
    async diagnoseJson(input, lang) {
      try {
        const report = await pool.diagnoseJson(input, { lang, label: 'the log' });
        return { body: Buffer.from(report.json.buffer, report.json.byteOffset, report.json.byteLength), lines: report.lines, ...timingOf(report) };
      } catch (err) {
        throw httpErrorOf(err);
      }
    },
    ready: () => pool.ready(),
    close: () => pool.close(),
  };
}
