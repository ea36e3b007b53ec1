// A fake GitHub on 127.0.0.1 for the action's end-to-end tests: the few REST endpoints the triage calls
// (issue comments, labels, /user) with GitHub's status codes and error bodies, and the attachment hosts
// (github.com/user-attachments redirecting to a storage host, raw.githubusercontent.com). Every request is
// recorded. Test switches make writes fail as a read-only token's do, or hit a secondary rate limit.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Recorded {
  method: string;
  path: string;
  /** for attachment requests: the host the client asked for */
  host?: string;
  body?: unknown;
  status: number;
  at: number;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0C41:2F8B:1A2B3C:4D5E6F:67A1B2C3.';
const NOT_ACCESSIBLE = 'Resource not accessible by integration';

export class FakeGitHub {
  readonly token = 'ghs_fakeInstallationToken0000000000000';
  readonly requests: Recorded[] = [];
  readonly comments: FakeComment[] = [];
  readonly labels = new Map<number, Set<string>>();
  readonly repoLabels = new Set<string>(['bug']);
  /** attachment files by "host/path" */
  readonly files = new Map<string, string>();
  /** the token may read but not write (a fork's pull-request token, or no `issues: write`) */
  readOnly = false;
  /** the next N writes answer 403 with retry-after (GitHub's secondary rate limit) */
  secondaryLimitWrites = 0;
  retryAfterSeconds = 1;
  private server!: Server;
  private nextId = 9_000_001;

  get port(): number {
    const addr = this.server.address();
    return typeof addr === 'object' && addr ? addr.port : 0;
  }
  get apiUrl(): string { return `http://127.0.0.1:${this.port}/api/v3`; }

  async start(): Promise<this> {
    this.server = createServer((req, res) => { this.handle(req, res).catch((err) => this.send(req, res, 500, { message: String(err) })); });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * A fetch for the action's attachment downloads that sends every host's request here, tagged with the
   * host asked for: the action's host check is what decides which links are fetched, not the transport.
   */
  readonly fetch: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(`http://127.0.0.1:${this.port}/__host/${url.hostname}${url.pathname}`, init);
  };

  commentsOn(issue: number): FakeComment[] { return this.comments.filter((c) => c.issue === issue); }
  writes(): Recorded[] { return this.requests.filter((r) => r.method !== 'GET' && !r.host); }
  attachmentRequests(): Recorded[] { return this.requests.filter((r) => r.host); }

  private send(req: IncomingMessage, res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}, recordBody?: unknown): void {
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', status, body: recordBody, at: performance.now(), ...(headers['x-host'] ? { host: headers['x-host'] } : {}) });
    delete headers['x-host'];
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3', ...headers });
    res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : undefined;
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    return { id: c.id, body: c.body, user: c.user, html_url: `https://github.com/example-org/repo/issues/${c.issue}#issuecomment-${c.id}`, created_at: '2025-03-02T19:53:02Z' };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    if (path.startsWith('/__host/')) return this.serveAttachment(req, res, path);

    const body = await this.readBody(req);
    if (req.headers.authorization !== `token ${this.token}`) return this.send(req, res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }, {}, body);
    const write = req.method !== 'GET';
    if (write && this.secondaryLimitWrites > 0) {
      this.secondaryLimitWrites--;
      return this.send(req, res, 403, { message: SECONDARY, documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': String(this.retryAfterSeconds) }, body);
    }
    if (write && this.readOnly) return this.send(req, res, 403, { message: NOT_ACCESSIBLE, documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' }, {}, body);

    let m: RegExpExecArray | null;
    if (req.method === 'GET' && path === '/api/v3/user') return this.send(req, res, 403, { message: NOT_ACCESSIBLE }, {}, body);
    if ((m = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.commentsOn(issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const self = `http://127.0.0.1:${this.port}${path}`;
        const link: Record<string, string> = page < last ? { link: `<${self}?per_page=${perPage}&page=${page + 1}>; rel="next", <${self}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
        return this.send(req, res, 200, slice.map((c) => this.commentJson(c)), link);
      }
      if (req.method === 'POST') {
        const c: FakeComment = { id: this.nextId++, issue, body: String((body as { body?: string }).body), user: BOT };
        this.comments.push(c);
        return this.send(req, res, 201, this.commentJson(c), {}, body);
      }
    }
    if ((m = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return this.send(req, res, 404, { message: 'Not Found' }, {}, body);
      c.body = String((body as { body?: string }).body);
      return this.send(req, res, 200, this.commentJson(c), {}, body);
    }
    if ((m = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(path)) && req.method === 'POST') {
      const set = this.labels.get(Number(m[1])) ?? new Set<string>();
      for (const l of (body as { labels: string[] }).labels) { set.add(l); this.repoLabels.add(l); }
      this.labels.set(Number(m[1]), set);
      return this.send(req, res, 200, [...set].map((name) => ({ name })), {}, body);
    }
    if ((m = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels\/(.+)$/.exec(path)) && req.method === 'DELETE') {
      const removed = this.labels.get(Number(m[1]))?.delete(decodeURIComponent(m[2]!));
      return this.send(req, res, removed ? 200 : 404, removed ? [] : { message: 'Label does not exist' }, {}, body);
    }
    if (/^\/api\/v3\/repos\/[^/]+\/[^/]+\/labels$/.test(path) && req.method === 'POST') {
      const name = (body as { name: string }).name;
      if (this.repoLabels.has(name)) return this.send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] }, {}, body);
      this.repoLabels.add(name);
      return this.send(req, res, 201, body, {}, body);
    }
    return this.send(req, res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, {}, body);
  }

  /** github.com attachments redirect to a storage host, as GitHub's do; other hosts serve their files. */
  private serveAttachment(req: IncomingMessage, res: ServerResponse, path: string): void {
    const [, , host, ...rest] = path.split('/');
    const filePath = `/${rest.join('/')}`;
    const tag = { 'x-host': host! };
    if (host === 'github.com' && this.files.has(`github.com${filePath}`)) {
      return this.send(req, res, 302, '', { ...tag, location: `https://objects.githubusercontent.com/github-production-repository-file-5c1aeb${filePath}` });
    }
    const key = host === 'objects.githubusercontent.com' ? `github.com${filePath.replace(/^\/github-production-repository-file-5c1aeb/, '')}` : `${host}${filePath}`;
    const text = this.files.get(key);
    if (text === undefined) return this.send(req, res, 404, 'Not Found', { ...tag, 'content-type': 'text/plain' });
    this.send(req, res, 200, text, { ...tag, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  }
}
