// Runs the engine on one log under a time limit. The bot only presents: findings come from the engine
// (diagnoseChunks + viewFindings), never from here. The log is fed in slices with a yield to the event
// loop between them, so the gateway stays alive and the deadline is checked while a big log is scanned.
import { diagnoseChunks, type Diagnosis } from '../../src/engine/diagnose.js';
import { viewFindings, type FindingView } from '../../src/report/view.js';
import type { Lang } from '../../src/engine/rule-types.js';
import type { DecodedChunk } from '../../src/input/read-log.js';

const SLICE_CHARS = 64 * 1024;

export class LogTimeoutError extends Error {}

async function* slices(text: string, signal: AbortSignal): AsyncGenerator<DecodedChunk> {
  let start = 0;
  while (start < text.length) {
    if (signal.aborted) throw new LogTimeoutError('time limit reached');
    // slices end at a line break so the scanner's line numbers stay right
    let end = Math.min(text.length, start + SLICE_CHARS);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    yield { text: text.slice(start, end) };
    start = end;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface LogDiagnosis {
  views: FindingView[];
  lines: number;
}

export type DiagnoseFn = (text: string, lang: Lang, signal: AbortSignal) => Promise<LogDiagnosis>;

export const diagnoseLog: DiagnoseFn = async (text, lang, signal) => {
  const diagnosis: Diagnosis = await diagnoseChunks(slices(text, signal));
  if (signal.aborted) throw new LogTimeoutError('time limit reached');
  return { views: viewFindings(diagnosis.findings, diagnosis.facts, lang), lines: diagnosis.lines };
};
