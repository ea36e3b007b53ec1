// The one door to the engine for the web server: a diagnosis of a log in one language, under the server's
// deadline and queue bound. Busy and late diagnoses become 503s here.
// INTERIM: runs on the main thread through the bot's slicer until src/service/diagnose-pool.ts lands.
import { diagnoseLog, LogTimeoutError, type LogDiagnosis } from '../discord/diagnose-log.js';
import { QueueFullError, WorkQueue } from '../discord/limits.js';
import type { Lang } from '../../src/engine/rule-types.js';
import { redactText } from '../discord/redact.js';
import { HttpError } from './http-error.js';

export type { LogDiagnosis };

export interface Diagnoser {
  diagnose(text: string, lang: Lang): Promise<LogDiagnosis>;
  /** the log with user names, addresses and secrets replaced (the one redaction the bot uses too) */
  redact(text: string): Promise<string>;
  close(): Promise<void>;
}

export function createDiagnoser(opts: { workers: number; queueSize: number; deadlineMs: number }): Diagnoser {
  const queue = new WorkQueue(opts.workers, opts.queueSize);
  return {
    async diagnose(text, lang) {
      try {
        return await queue.run(() => diagnoseLog(text, lang, AbortSignal.timeout(opts.deadlineMs)));
      } catch (err) {
        if (err instanceof QueueFullError) throw new HttpError(503, 'busy', 'too many logs are waiting to be diagnosed; try again in a minute', { 'retry-after': '30' });
        if (err instanceof LogTimeoutError) throw new HttpError(503, 'timeout', `the diagnosis took longer than ${opts.deadlineMs / 1000} s and was stopped`);
        throw err;
      }
    },
    async redact(text) {
      return redactText(text);
    },
    async close() {},
  };
}
