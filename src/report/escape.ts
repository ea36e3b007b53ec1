// Text from a log or a probe's output goes to a terminal only with its control characters made visible:
// a carriage return, backspace, BEL or an OSC / CSI escape sequence in a log line could otherwise rewrite
// what the report shows (hide a line, fake an "OK", retitle the window). Tab and newline stay as they are.
import type { FindingView } from './view.js';

const NAMED: Record<string, string> = { '\r': '\\r', '\b': '\\b', '\x07': '\\a', '\x1b': '\\e', '\f': '\\f', '\v': '\\v', '\0': '\\0' };
/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A finding with every text that can quote a log escaped. */
export function escapeView(v: FindingView): FindingView {
  return {
    ...v,
    title: escapeControls(v.title),
    why: escapeControls(v.why),
    evidence: v.evidence.map((e) => ({ ...e, text: escapeControls(e.text) })),
    fixes: v.fixes.map((f) => ({ ...f, title: escapeControls(f.title), steps: f.steps.map(escapeControls) })),
  };
}
