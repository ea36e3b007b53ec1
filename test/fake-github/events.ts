// Event payloads shaped like the ones GitHub sends for issues / issue_comment, written to a temp file as
// GITHUB_EVENT_PATH would be. The issue bodies come from fixtures/github/bodies (issue forms of real apps).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = new URL('../../fixtures/github/', import.meta.url).pathname;
export const body = (name: string): string => readFileSync(join(FIXTURES, 'bodies', name), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-gh-'));
let seq = 0;

export interface EventSpec {
  action?: string;
  number: number;
  title: string;
  body: string;
  labels?: string[];
  senderType?: string;
  /** makes it an issue_comment event */
  comment?: { body: string; userType?: string };
}

export function eventPayload(spec: EventSpec): Record<string, unknown> {
  const user = { login: 'reporter-42', id: 81234567, type: spec.senderType ?? 'User' };
  return {
    action: spec.action ?? (spec.comment ? 'created' : 'opened'),
    issue: {
      number: spec.number,
      title: spec.title,
      body: spec.body,
      user,
      labels: (spec.labels ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
      state: 'open',
      html_url: `https://github.com/example-org/repo/issues/${spec.number}`,
    },
    ...(spec.comment ? { comment: { id: 2_000_000 + spec.number, body: spec.comment.body, user: { ...user, type: spec.comment.userType ?? 'User' } } } : {}),
    repository: { name: 'repo', full_name: 'example-org/repo', owner: { login: 'example-org', type: 'Organization' } },
    sender: user,
  };
}

/** Writes the payload to a fresh file and returns its path. */
export function writeEvent(spec: EventSpec): string {
  const path = join(dir, `event-${++seq}.json`);
  writeFileSync(path, JSON.stringify(eventPayload(spec)));
  return path;
}
