// What the action and `gpu-doctor github` share: read the event file and the GITHUB_* environment as
// Actions sets it, build the client and the diagnoser, triage, and report in the job log.
import { appendFileSync } from 'node:fs';
import { readEventFile, parseEvent } from './event.js';
import { GitHubIssues } from './client.js';
import { withDiagnoser } from './diagnose.js';
import { parseOptions, type RawOptions } from './options.js';
import { triage, type TriageResult } from './triage.js';
import { GitHubInputError } from './errors.js';
import type { AttachmentLimits, FetchFn } from './attachments.js';

/** How long one diagnosis may take before it is given up (a pathological log must not hang the job). */
const DIAGNOSE_DEADLINE_MS = 30_000;
const DEFAULT_HOME = 'https://www.npmjs.com/package/gpu-doctor';

export interface RunIO {
  /** the comment of a dry run */
  out: (text: string) => void;
  /** one line of progress for the job log */
  log: (line: string) => void;
}

/** Test seams: the transport for attachment downloads and its limits. Not reachable from the CLI or the action. */
export interface RunTestHooks {
  fetch?: FetchFn;
  attachmentLimits?: AttachmentLimits;
}

export async function runOnEvent(eventPath: string, raw: RawOptions, env: NodeJS.ProcessEnv, io: RunIO, hooks: RunTestHooks = {}): Promise<TriageResult | null> {
  const options = parseOptions(raw);
  const parsed = parseEvent(readEventFile(eventPath), env.GITHUB_EVENT_NAME, env.GITHUB_REPOSITORY);
  if (!parsed.ok) {
    io.log(`nothing to do: ${parsed.reason}`);
    return null;
  }
  const token = env.GITHUB_TOKEN ?? '';
  if (!options.dryRun && !token) throw new GitHubInputError('error.noToken');
  const client = options.dryRun ? null : new GitHubIssues({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log: io.log });
  const home = env.GITHUB_ACTION_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_ACTION_REPOSITORY}` : DEFAULT_HOME;
  const result = await withDiagnoser(DIAGNOSE_DEADLINE_MS, (diagnose) => triage(parsed.event, options, { client, diagnose, home, log: io.log, ...hooks }));
  if (result.outcome === 'dry-run' && result.comment) io.out(result.comment.body);
  if (env.GITHUB_OUTPUT) {
    const lines = [`outcome=${result.outcome}`, `root-cause=${result.rootCause ?? ''}`, `comment-url=${result.comment?.url ?? ''}`];
    appendFileSync(env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
  }
  return result;
}
