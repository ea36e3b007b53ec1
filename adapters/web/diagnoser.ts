// The one door to the engine for the web server: the shared diagnose pool (worker threads with a deadline
// and a bounded queue, src/service/diagnose-pool.ts), so no rule pattern or redaction runs on the server's
// main thread. Busy, late and unreadable logs become HttpErrors here.
import { createDiagnosePool, DiagnoseFailedError, DiagnoseTimeoutError, QueueFullError } from '../../src/service/diagnose-pool.js';
import { InputError } from '../../src/input/decode.js';
import type { Lang } from '../../src/engine/rule-types.js';
import type { FindingView } from '../../src/report/view.js';
import { HttpError } from './http-error.js';

export interface WebDiagnosis {
  views: FindingView[];
  lines: number;
  /** with `redactLog`: the decoded log after redaction, which is what was diagnosed */
  log?: string;
  /** with `redactLog`: the kinds of personal detail replaced (user, host, secret, email, ip…) */
  redacted?: string[];
  /** milliseconds (wall clock, CPU) the diagnosis took in its worker: the Server-Timing header of the API */
  ms?: number;
  cpuMs?: number;
}

export interface Diagnoser {
  diagnose(input: Uint8Array | string, lang: Lang, opts?: { redactLog?: boolean }): Promise<WebDiagnosis>;
  /** resolves once the workers have loaded the rules */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createDiagnoser(opts: { workers: number; queueSize: number; deadlineMs: number }): Diagnoser {
  const pool = createDiagnosePool({ size: opts.workers, deadlineMs: opts.deadlineMs, queueLimit: opts.queueSize });
  return {
    async diagnose(input, lang, { redactLog = false } = {}) {
      try {
        const report = await pool.diagnose(input, { lang, label: 'the log', redactLog });
        return {
          views: report.findings, lines: report.lines,
          ...(report.ms === undefined ? {} : { ms: report.ms }),
          ...(report.cpuMs === undefined ? {} : { cpuMs: report.cpuMs }),
          ...(redactLog ? { log: report.log ?? '', redacted: report.redacted ?? [] } : {}),
        };
      } catch (err) {
        if (err instanceof QueueFullError) throw new HttpError(503, 'busy', 'too many logs are waiting to be diagnosed; try again in a minute', { 'retry-after': '30' });
        if (err instanceof DiagnoseTimeoutError) throw new HttpError(503, 'timeout', err.message);
        if (err instanceof InputError) throw new HttpError(400, err.message.endsWith(' is empty') ? 'empty-log' : 'unreadable-log', err.message);
        if (err instanceof DiagnoseFailedError) throw new HttpError(500, 'internal', err.message);
        throw err;
      }
    },
    ready: () => pool.ready(),
    close: () => pool.close(),
  };
}
