// The issue comment: root cause (title, the log lines that show it, why), each fix folded in <details>,
// the other findings as a list, how to learn more, and a footer saying it is automatic. Its first line is
// a hidden marker that finds the comment again on the next event and records which version of the issue
// it answers. The findings arrive redacted (the Diagnoser's contract); pings outside code are neutralised here.
import type { FindingView } from '../../src/report/view.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { Severity } from '../../src/engine/rule-types.js';
import { neutraliseMentions } from './mentions.js';

const MARKER_PREFIX = '<!-- gpu-doctor:comment';
const MARKER_LINE = /^<!-- gpu-doctor:comment input=([a-f\d]{1,64}) -->/;
const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const EVIDENCE_LINES = 5;
const EVIDENCE_CHARS = 400;
const MAX_OTHERS = 8;
/** GitHub rejects comment bodies over 65,536 characters */
export const MAX_COMMENT_CHARS = 65_000;

export function markerLine(inputHash: string): string {
  return `<!-- gpu-doctor:comment input=${inputHash} -->`;
}

/** The input hash recorded in a comment body, or null when the body is not a gpu-doctor comment. */
export function readMarker(body: string | null | undefined): string | null {
  if (!body?.startsWith(MARKER_PREFIX)) return null;
  return MARKER_LINE.exec(body)?.[1] ?? '';
}

export function hasMarker(body: string | null | undefined): boolean {
  return readMarker(body) !== null;
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** A fence longer than any backtick run in the text, so quoted log lines cannot close it. */
function fenced(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${lines.join('\n')}\n${fence}`;
}

function fixBlock(fix: FindingView['fixes'][number], t: Messages): string {
  const steps = fix.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  return [`<details><summary><b>${t('fix')}:</b> ${fix.title}</summary>`, '', steps, ...(fix.link ? ['', fix.link] : []), '', '</details>'].join('\n');
}

export interface CommentInput {
  views: FindingView[];
  /** notes shown under the heading, e.g. that only part of a long attachment was read */
  notes: string[];
  inputHash: string;
  /** where "gpu-doctor" in the footer links to */
  home: string;
}

export function renderComment(input: CommentInput, t: Messages): string {
  const [root, ...rest] = input.views;
  if (!root) throw new Error('renderComment needs at least one finding');
  const out: string[] = [markerLine(input.inputHash)];
  out.push(`### ${ICON[root.severity]} ${root.title}`, '');
  const label = root.severity === 'info' ? t('finding') : t('rootCause');
  out.push(`**${label}:** \`${root.id}\``, '');
  for (const note of input.notes) out.push(`> ${note}`, '');
  if (root.evidence.length) {
    out.push(`**${t('evidence')}:**`, '', fenced(root.evidence.slice(0, EVIDENCE_LINES).map((e) => cut(e.text, EVIDENCE_CHARS))), '');
  }
  out.push(`**${t('why')}:** ${root.why}`, '');
  if (root.severity !== 'info') for (const fix of root.fixes) out.push(fixBlock(fix, t), '');
  if (rest.length) {
    out.push(`**${t('alsoFound')}:**`, '');
    for (const f of rest.slice(0, MAX_OTHERS)) out.push(`- ${ICON[f.severity]} ${f.title} (\`${f.id}\`)`);
    if (rest.length > MAX_OTHERS) out.push(`- … (+${rest.length - MAX_OTHERS})`);
    out.push('');
  }
  out.push(t('explain', { id: root.id }), '', '---', `<sub>${t('footer', { home: input.home })}</sub>`, '');
  const body = neutraliseMentions(out.join('\n'));
  return body.length <= MAX_COMMENT_CHARS ? body : `${body.slice(0, MAX_COMMENT_CHARS - 1)}…`;
}
