// The triage's Diagnoser: the engine on one text, findings resolved in the comment's language and redacted
// (the same redaction as the Discord bot) before anything quotes them.
import { diagnoseText } from '../../src/engine/diagnose.js';
import { viewFindings, type FindingView } from '../../src/report/view.js';
import { redactText } from '../discord/redact.js';
import type { Diagnoser } from './triage.js';

function redacted(v: FindingView): FindingView {
  return {
    ...v,
    title: redactText(v.title),
    why: redactText(v.why),
    evidence: v.evidence.map((e) => ({ line: e.line, text: redactText(e.text) })),
    fixes: v.fixes.map((f) => ({ ...f, title: redactText(f.title), steps: f.steps.map(redactText) })),
  };
}

export async function withDiagnoser<T>(_deadlineMs: number, fn: (d: Diagnoser) => Promise<T>): Promise<T> {
  return fn(async (text, lang) => {
    const d = await diagnoseText(text);
    return viewFindings(d.findings, d.facts, lang).map(redacted);
  });
}
