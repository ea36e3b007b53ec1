// The one door to the engine for the web server: a diagnosis of a log in one language, under the server's
// deadline and queue bound, optionally of the log with personal details replaced (what the page shows and
// a share stores). Busy, late and unreadable logs become HttpErrors here.
// INTERIM: runs on the main thread through the bot's slicer until src/service/diagnose-pool.ts lands.
import { diagnoseLog, LogTimeoutError } from '../discord/diagnose-log.js';
import { QueueFullError, WorkQueue } from '../discord/limits.js';
import { redactText } from '../discord/redact.js';
import { decodeLines } from '../../src/input/read-log.js';
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
}

export interface Diagnoser {
  diagnose(input: Uint8Array | string, lang: Lang, opts?: { redactLog?: boolean }): Promise<WebDiagnosis>;
  close(): Promise<void>;
}

async function decode(input: Uint8Array | string): Promise<string> {
  if (typeof input === 'string') return input;
  async function* once(): AsyncGenerator<Buffer> { yield Buffer.from(input); }
  const parts: string[] = [];
  for await (const chunk of decodeLines(once(), 'the log')) parts.push(chunk.text);
  return parts.join('');
}

export function createDiagnoser(opts: { workers: number; queueSize: number; deadlineMs: number }): Diagnoser {
  const queue = new WorkQueue(opts.workers, opts.queueSize);
  return {
    async diagnose(input, lang, { redactLog = false } = {}) {
      try {
        return await queue.run(async () => {
          const text = await decode(input);
          const log = redactLog ? redactText(text) : text;
          const { views, lines } = await diagnoseLog(log, lang, AbortSignal.timeout(opts.deadlineMs));
          return redactLog ? { views, lines, log, redacted: log === text ? [] : ['user'] } : { views, lines };
        });
      } catch (err) {
        if (err instanceof QueueFullError) throw new HttpError(503, 'busy', 'too many logs are waiting to be diagnosed; try again in a minute', { 'retry-after': '30' });
        if (err instanceof LogTimeoutError) throw new HttpError(503, 'timeout', `the diagnosis took longer than ${opts.deadlineMs / 1000} s and was stopped`);
        if (err instanceof InputError) throw new HttpError(400, err.message.endsWith(' is empty') ? 'empty-log' : 'unreadable-log', err.message);
        throw err;
      }
    },
    async close() {},
  };
}
