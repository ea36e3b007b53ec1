// The few GitHub REST calls the triage makes, on @octokit/rest with the throttling and retry plugins:
// they wait as GitHub's rate-limit headers say (primary and secondary limits, `retry-after`), space out
// writes as GitHub asks integrations to, and retry server errors. A refused call (401 / 403 / 404) becomes
// one line naming the permission the workflow must grant.
import { randomUUID } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { GitHubPermissionError } from './errors.js';

const Client = Octokit.plugin(throttling, retry);

export interface IssueRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface IssueComment {
  id: number;
  body: string;
  authorLogin: string;
  authorType: string;
  url: string;
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3 */
  baseUrl: string;
  /** how long a rate limit may make us wait before giving up, in seconds */
  maxWaitSeconds?: number;
  log?: (line: string) => void;
}

type Need = 'read' | 'write' | 'label';

/** A refused call as one line naming what the token lacks (locales/github: error.refused.*). */
function refused(err: unknown, need: Need, ref: IssueRef): never {
  const status = (err as { status?: number })?.status;
  const where = `${ref.owner}/${ref.repo}#${ref.issueNumber}`;
  if (status === 401) throw new GitHubPermissionError('error.badToken', { where });
  if (status === 403 || status === 404) throw new GitHubPermissionError(`error.refused.${need}`, { status, where });
  throw err;
}

export class GitHubIssues {
  private readonly octokit: InstanceType<typeof Client>;
  private readonly log: (line: string) => void;

  constructor(opts: ClientOptions) {
    const maxWait = opts.maxWaitSeconds ?? 120;
    this.log = opts.log ?? (() => undefined);
    const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number): boolean => {
      const wait = retryCount < 3 && retryAfter <= maxWait;
      this.log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${wait ? `waiting ${retryAfter} s as asked` : 'giving up'}`);
      return wait;
    };
    this.octokit = new Client({
      auth: opts.token,
      baseUrl: opts.baseUrl.replace(/\/+$/, ''),
      userAgent: 'gpu-doctor-action',
      // a fresh limiter group per client: one action run is one client, and tests in one process stay independent
      throttle: { id: randomUUID(), onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => this.log(m), error: (m: string) => this.log(m) },
    });
  }

  /** All comments of the issue (paged), oldest first. */
  async comments(ref: IssueRef): Promise<IssueComment[]> {
    try {
      const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: ref.owner, repo: ref.repo, issue_number: ref.issueNumber, per_page: 100 });
      return all.map((c) => ({ id: c.id, body: c.body ?? '', authorLogin: c.user?.login ?? '', authorType: c.user?.type ?? '', url: c.html_url }));
    } catch (err) {
      return refused(err, 'read', ref);
    }
  }

  async createComment(ref: IssueRef, body: string): Promise<IssueComment> {
    try {
      const { data } = await this.octokit.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.issueNumber, body });
      return { id: data.id, body: data.body ?? '', authorLogin: data.user?.login ?? '', authorType: data.user?.type ?? '', url: data.html_url };
    } catch (err) {
      return refused(err, 'write', ref);
    }
  }

  async updateComment(ref: IssueRef, commentId: number, body: string): Promise<void> {
    try {
      await this.octokit.rest.issues.updateComment({ owner: ref.owner, repo: ref.repo, comment_id: commentId, body });
    } catch (err) {
      refused(err, 'write', ref);
    }
  }

  async addLabels(ref: IssueRef, labels: string[]): Promise<void> {
    if (!labels.length) return;
    try {
      await this.octokit.rest.issues.addLabels({ owner: ref.owner, repo: ref.repo, issue_number: ref.issueNumber, labels });
    } catch (err) {
      refused(err, 'label', ref);
    }
  }

  async removeLabel(ref: IssueRef, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({ owner: ref.owner, repo: ref.repo, issue_number: ref.issueNumber, name: label });
    } catch (err) {
      if ((err as { status?: number }).status === 404) return; // already gone
      refused(err, 'label', ref);
    }
  }

  /** Creates a label with a description if the repository lacks it (adding it would create it bare). */
  async ensureLabel(ref: IssueRef, name: string, description: string): Promise<void> {
    try {
      await this.octokit.rest.issues.createLabel({ owner: ref.owner, repo: ref.repo, name, description: description.slice(0, 100), color: 'c5def5' });
    } catch (err) {
      if ((err as { status?: number }).status === 422) return; // it exists
      refused(err, 'label', ref);
    }
  }

  /** The token's own login; null for an Actions / App installation token, which may not call /user. */
  async login(): Promise<string | null> {
    try {
      return (await this.octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      return null;
    }
  }
}
