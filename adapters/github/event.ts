// Reads a GitHub webhook / Actions event payload (issues: opened, edited; issue_comment: created) into
// what the triage needs. Anything else is "not for us" with a reason, never an error: a workflow may
// subscribe to more events than gpu-doctor answers.
import { readFileSync } from 'node:fs';
import { describeFsError } from '../../src/input/read-log.js';
import { GitHubInputError } from './errors.js';

export interface IssueEvent {
  name: 'issues' | 'issue_comment';
  action: string;
  owner: string;
  repo: string;
  issueNumber: number;
  title: string;
  body: string;
  labels: string[];
  /** the new comment's body, for issue_comment events */
  comment?: { id: number; body: string; authorType: string };
  senderType: string;
}

export type ParsedEvent = { ok: true; event: IssueEvent } | { ok: false; reason: string };

const HANDLED: Record<string, string[]> = { issues: ['opened', 'edited', 'reopened'], issue_comment: ['created', 'edited'] };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reads and parses the event file; a missing or malformed file is an input error (one line, exit 2). */
export function readEventFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GitHubInputError('error.eventUnreadable', { path, reason: describeFsError(err) });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new GitHubInputError('error.eventNotJson', { path });
  }
}

/**
 * `eventName` is GITHUB_EVENT_NAME when known; without it (a saved payload run locally) the payload's
 * shape tells: a `comment` object means issue_comment.
 */
export function parseEvent(payload: unknown, eventName: string | undefined, repository: string | undefined): ParsedEvent {
  const p = obj(payload);
  const name = eventName || (p.comment ? 'issue_comment' : 'issues');
  const action = str(p.action);
  if (!HANDLED[name]) return { ok: false, reason: `event "${name}" is not handled (use issues or issue_comment)` };
  if (!HANDLED[name]!.includes(action)) return { ok: false, reason: `${name}.${action || '?'} is not handled` };
  const issue = obj(p.issue);
  if (typeof issue.number !== 'number') throw new GitHubInputError('error.noIssueNumber');
  if (issue.pull_request) return { ok: false, reason: 'comments on pull requests are not diagnosed' };
  const fullName = repository || str(obj(p.repository).full_name);
  const [owner, repo, extra] = fullName.split('/');
  if (!owner || !repo || extra !== undefined) throw new GitHubInputError('error.badRepository', { name: fullName });
  const comment = obj(p.comment);
  return {
    ok: true,
    event: {
      name: name as IssueEvent['name'],
      action,
      owner,
      repo,
      issueNumber: issue.number,
      title: str(issue.title),
      body: str(issue.body),
      labels: (Array.isArray(issue.labels) ? issue.labels : []).map((l) => (typeof l === 'string' ? l : str(obj(l).name))).filter(Boolean),
      ...(name === 'issue_comment' ? { comment: { id: Number(comment.id), body: str(comment.body), authorType: str(obj(comment.user).type) } } : {}),
      senderType: str(obj(p.sender).type),
    },
  };
}
