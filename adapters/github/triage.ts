// One issue event, start to finish: decide whether to look at it, gather its text and attached logs,
// diagnose them, and keep exactly one gpu-doctor comment on the issue in step with its current text.
// The findings come from the engine; this only decides what to post where.
import { createHash } from 'node:crypto';
import type { FindingView } from '../../src/report/view.js';
import type { Lang, Severity } from '../../src/engine/rule-types.js';
import { messages } from '../../src/i18n/messages.js';
import { DiagnoseTimeoutError } from '../../src/service/diagnose-pool.js';
import { issueText, linksIn, proseOf } from './extract.js';
import { readAttachments, type AttachmentLimits, type FetchFn } from './attachments.js';
import { chooseLanguage } from './language.js';
import { hasMarker, readMarker, renderComment } from './comment.js';
import { labelsFor, type TriageOptions } from './options.js';
import type { IssueEvent } from './event.js';
import type { GitHubIssues, IssueComment, IssueRef } from './client.js';

/** Diagnoses one text; the findings come back resolved in `lang` and redacted. */
export type Diagnoser = (text: string, lang: Lang) => Promise<FindingView[]>;

export interface TriageDeps {
  /** null in a dry run: nothing is read from or written to GitHub */
  client: GitHubIssues | null;
  diagnose: Diagnoser;
  /** the transport for attachment downloads (tests route it to a fake host) */
  fetch?: FetchFn;
  attachmentLimits?: AttachmentLimits;
  /** where "gpu-doctor" in the comment's footer links to */
  home: string;
  log: (line: string) => void;
}

export type Outcome = 'skipped' | 'no-finding' | 'unchanged' | 'created' | 'updated' | 'dry-run';

export interface TriageResult {
  outcome: Outcome;
  reason?: string;
  rootCause?: string;
  comment?: { id?: number; url?: string; body: string };
  labelsAdded: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** an issue that says one of these but shows no known failure may get the needs-logs label */
const GPU_WORDS = /\b(?:cuda|cudnn|gpu|nvidia|nvidia-smi|vram|rocm)\b|显卡|显存/i;

/** Which version of the issue a comment answers: its texts and the options that shape the comment. */
export function inputHash(event: IssueEvent, options: TriageOptions): string {
  const parts = [event.title, event.body, event.comment?.body ?? '', options.language, options.minSeverity];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

function skipReason(event: IssueEvent, options: TriageOptions): string | null {
  if (event.senderType === 'Bot') return 'the event was sent by a bot';
  if (event.comment && hasMarker(event.comment.body)) return 'the comment is gpu-doctor\'s own';
  if (event.comment?.authorType === 'Bot') return 'the comment was written by a bot';
  if (options.skipLabel && event.labels.includes(options.skipLabel)) return `the issue has the label ${options.skipLabel}`;
  return null;
}

/** The title often repeats the error message: quote the log's own line instead, when the log has one. */
function withoutTitleLine(v: FindingView, title: string): FindingView {
  const fromLog = v.evidence.filter((e) => e.text.trim() !== title.trim());
  return fromLog.length > 0 && fromLog.length < v.evidence.length ? { ...v, evidence: fromLog } : v;
}

/** Equal but for the marker line: a new version of the issue that changes nothing in the answer. */
const sameContent = (a: string, b: string): boolean => a.slice(a.indexOf('\n')) === b.slice(b.indexOf('\n'));

/** gpu-doctor's comment on the issue: marked, and written by a bot (or by this token's own account). */
async function findOwnComment(client: GitHubIssues, ref: IssueRef): Promise<IssueComment | undefined> {
  const marked = (await client.comments(ref)).filter((c) => hasMarker(c.body));
  const byBot = marked.find((c) => c.authorType === 'Bot');
  if (byBot || marked.length === 0) return byBot;
  // a personal token posts as a user: accept only comments of that same user, never someone's pasted marker
  const me = await client.login();
  return me ? marked.find((c) => c.authorLogin === me) : undefined;
}

export async function triage(event: IssueEvent, options: TriageOptions, deps: TriageDeps): Promise<TriageResult> {
  const ref: IssueRef = { owner: event.owner, repo: event.repo, issueNumber: event.issueNumber };
  const where = `${event.owner}/${event.repo}#${event.issueNumber}`;
  const skip = skipReason(event, options);
  if (skip) {
    deps.log(`${where}: skipped: ${skip}`);
    return { outcome: 'skipped', reason: skip, labelsAdded: [] };
  }

  const hash = inputHash(event, options);
  const existing = deps.client ? await findOwnComment(deps.client, ref) : undefined;
  if (existing && readMarker(existing.body) === hash) {
    deps.log(`${where}: this version of the issue was already answered (${existing.url})`);
    return { outcome: 'unchanged', comment: { id: existing.id, url: existing.url, body: existing.body }, labelsAdded: [] };
  }

  const bodies = [event.body, event.comment?.body ?? ''];
  const attached = await readAttachments(bodies.flatMap(linksIn), { ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.attachmentLimits ? { limits: deps.attachmentLimits } : {}) });
  for (const failure of attached.failures) deps.log(`${where}: attachment not read: ${failure}`);
  const lang = chooseLanguage(options.language, [event.title, ...bodies.map(proseOf)].join('\n'));
  const text = [event.title, ...bodies.map(issueText), ...attached.logs.map((l) => l.text)].filter(Boolean).join('\n');
  let found: FindingView[];
  try {
    found = await deps.diagnose(text, lang);
  } catch (err) {
    // a text that stalls the engine gets no answer, and the job does not fail for it
    if (!(err instanceof DiagnoseTimeoutError)) throw err;
    deps.log(`${where}: skipped: the diagnosis took too long and was given up`);
    return { outcome: 'skipped', reason: 'diagnosis timed out', labelsAdded: [] };
  }
  const views = found.filter((v) => SEVERITY_RANK[v.severity] <= SEVERITY_RANK[options.minSeverity]).map((v) => withoutTitleLine(v, event.title));

  if (views.length === 0) return noFinding(event, options, deps, ref, text);

  const t = messages(lang, 'github');
  const notes = attached.logs.filter((l) => l.partial).map((l) => t('partial', { name: l.name }));
  const body = renderComment({ views, notes, inputHash: hash, home: deps.home }, t);
  const rootCause = views[0]!.id;
  const labels = labelsFor(options.labels, views.map((v) => v.id)).filter((l) => !event.labels.includes(l));
  if (!deps.client || options.dryRun) {
    deps.log(`${where}: dry run: would ${existing ? 'update' : 'post'} this comment${labels.length ? ` and add the labels ${labels.join(', ')}` : ''}:`);
    return { outcome: 'dry-run', rootCause, comment: { body }, labelsAdded: [] };
  }

  let result: TriageResult;
  if (existing && sameContent(existing.body, body)) {
    result = { outcome: 'unchanged', rootCause, comment: { id: existing.id, url: existing.url, body }, labelsAdded: [] };
  } else if (existing) {
    await deps.client.updateComment(ref, existing.id, body);
    result = { outcome: 'updated', rootCause, comment: { id: existing.id, url: existing.url, body }, labelsAdded: [] };
  } else {
    const created = await deps.client.createComment(ref, body);
    result = { outcome: 'created', rootCause, comment: { id: created.id, url: created.url, body }, labelsAdded: [] };
  }
  await deps.client.addLabels(ref, labels);
  if (options.needsLogsLabel && event.labels.includes(options.needsLogsLabel)) await deps.client.removeLabel(ref, options.needsLogsLabel);
  deps.log(`${where}: ${result.outcome} ${result.comment?.url ?? ''} (root cause: ${rootCause})${labels.length ? `; labels added: ${labels.join(', ')}` : ''}`);
  return { ...result, labelsAdded: labels };
}

/** Nothing known found: no comment; the needs-logs label only if asked for and the issue is about the GPU. */
async function noFinding(event: IssueEvent, options: TriageOptions, deps: TriageDeps, ref: IssueRef, text: string): Promise<TriageResult> {
  const where = `${event.owner}/${event.repo}#${event.issueNumber}`;
  const label = options.needsLogsLabel;
  // issues only: a later "any news?" comment must not bring back a label a maintainer removed
  const wantLabel = label !== '' && event.name === 'issues' && !event.labels.includes(label) && GPU_WORDS.test(text);
  if (wantLabel && deps.client && !options.dryRun) {
    await deps.client.ensureLabel(ref, label, messages(options.language === 'auto' ? 'en' : options.language, 'github')('needsLogs.description'));
    await deps.client.addLabels(ref, [label]);
  }
  deps.log(`${where}: no known GPU set-up failure found; no comment${wantLabel ? `; ${deps.client && !options.dryRun ? 'added' : 'would add'} the label ${label}` : ''}`);
  return { outcome: 'no-finding', labelsAdded: wantLabel && deps.client && !options.dryRun ? [label] : [] };
}
