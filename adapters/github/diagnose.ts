// The triage's Diagnoser: the shared diagnose pool (src/service) with one worker, so one diagnosis has a hard
// deadline even in this short-lived process, and its findings come back in the comment's language with
// personal details redacted (src/redact, the same redaction as the Discord bot and the server). The worker
// starts loading the rules at once, while the triage reads the comments and attachments.
import { createDiagnosePool, DiagnoseFailedError } from '../../src/service/diagnose-pool.js';
import { KnownError } from '../../src/errors.js';
import type { Diagnoser } from './triage.js';

export async function withDiagnoser<T>(deadlineMs: number, fn: (d: Diagnoser) => Promise<T>): Promise<T> {
  // no warm-up: a run diagnoses one text (the issue and its attachments), so its first diagnosis is its only one
  const pool = createDiagnosePool({ size: 1, deadlineMs, queueLimit: 2, warmUp: false });
  try {
    return await fn(async (text, lang) => {
      try {
        return (await pool.diagnose(text, { lang, label: 'issue', redact: true })).findings;
      } catch (err) {
        // e.g. a broken rules folder: one line, not an internal error
        if (err instanceof DiagnoseFailedError) throw new KnownError('error.diagnoseFailed', { message: err.message }, 'github');
        throw err;
      }
    });
  } finally {
    await pool.close();
  }
}
