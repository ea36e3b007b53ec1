// A fake Discord on 127.0.0.1 for end-to-end tests and the bench: the REST API over node:http and the
// gateway over `ws`. It speaks just enough of API v10 for the real discord.js client to log in, receive
// guilds, messages and interactions, and answer them; every REST call is recorded for assertions.
// Plain ESM JavaScript (typed by server.d.mts) so the compiled bench can import it without a build step.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
};

let snowflakeSeq = 0n;
/** Discord-shaped ids: timestamp since the Discord epoch in the high bits, so shard routing works. */
export function snowflake() {
  snowflakeSeq += 1n;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | (snowflakeSeq & 0x3fffffn)).toString();
}

/** The shard a guild belongs to, by Discord's formula. */
export const shardOf = (guildId, count) => Number((BigInt(guildId) >> 22n) % BigInt(count));

export class FakeDiscord {
  constructor(opts = {}) {
    this.token = opts.token ?? 'fake-token';
    this.applicationId = opts.applicationId ?? snowflake();
    this.botUser = { id: this.applicationId, username: 'gpu-doctor', discriminator: '0', global_name: null, avatar: null, bot: true };
    this.guilds = opts.guilds ?? [];
    /** recorded REST calls: { method, path, query, body, status } */
    this.requests = [];
    this.attachments = new Map();
    this.failures = [];
    this.honourRange = opts.honourRange ?? true;
    /** a slow CDN: every attachment download waits this long first */
    this.attachmentDelayMs = 0;
    this.rejectIdentify = false;
    this.redirects = new Map();
    this.broken = new Set();
    this.shardsSeen = [];
    this.connections = new Set();
    this.waiters = [];
  }

  get port() { return this.server.address().port; }
  get api() { return `http://127.0.0.1:${this.port}/api`; }

  async start() {
    this.server = createServer((req, res) => { this.handle(req, res).catch((err) => json(res, 500, { message: String(err), code: 0 })); });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) { socket.destroy(); return; }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws));
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop() {
    for (const ws of this.connections) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections?.();
    await new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A guild with text channels (type 0), forums (type 15) and forum posts (threads, type 11). */
  addGuild({ id = snowflake(), name = 'help', locale = 'en-US', channels = [], threads = [] } = {}) {
    const guild = { id, name, preferred_locale: locale, channels, threads };
    this.guilds.push(guild);
    return guild;
  }

  /** Serves bytes at /attachments/<id>/<name>; returns the attachment object Discord would send. */
  addAttachment(filename, bytes, contentType = 'text/plain; charset=utf-8') {
    const id = snowflake();
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    this.attachments.set(`${id}/${filename}`, buf);
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${filename}`;
    return { id, filename, size: buf.length, url, proxy_url: url, content_type: contentType };
  }

  /** An attachment whose download answers 302 to `location` (a CDN link that redirects elsewhere). */
  addRedirect(filename, location) {
    const a = this.addAttachment(filename, '');
    this.redirects.set(`${a.id}/${filename}`, location);
    return { ...a, size: 100 };
  }

  /** An attachment whose download starts and then loses its connection half-way through the body. */
  addBrokenAttachment(filename, bytes) {
    const a = this.addAttachment(filename, bytes);
    this.broken.add(`${a.id}/${filename}`);
    return a;
  }

  /** The next `times` requests matching method + path regex get this status (e.g. 429) instead. */
  failNext(method, pathRe, status, times = 1, body = undefined) {
    this.failures.push({ method, pathRe, status, times, body });
  }

  // ---- gateway -------------------------------------------------------------------------------
  onGateway(ws) {
    this.connections.add(ws);
    ws.on('close', () => this.connections.delete(ws));
    ws.seq = 0;
    const send = (payload) => { if (ws.readyState === 1) ws.send(JSON.stringify(payload)); };
    ws.dispatch = (t, d) => send({ op: 0, t, s: ++ws.seq, d });
    send({ op: 10, d: { heartbeat_interval: 41250 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) send({ op: 11 });
      if (msg.op === 2) this.identify(ws, msg.d);
    });
  }

  identify(ws, d) {
    // rejectIdentify: the REST API takes the token but the gateway does not (a token reset while the bot starts)
    if (this.rejectIdentify || (d.token !== this.token && d.token !== `Bot ${this.token}`)) { ws.close(4004, 'Authentication failed.'); return; }
    const [shardId, shardCount] = d.shard ?? [0, 1];
    ws.shard = [shardId, shardCount];
    this.shardsSeen.push(ws.shard);
    const mine = this.guilds.filter((g) => shardOf(g.id, shardCount) === shardId);
    ws.dispatch('READY', {
      v: 10, user: this.botUser, guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: `session-${shardId}`, resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard: [shardId, shardCount], application: { id: this.applicationId, flags: 0 },
    });
    for (const g of mine) {
      ws.dispatch('GUILD_CREATE', {
        id: g.id, name: g.name, icon: null, owner_id: snowflake(), preferred_locale: g.preferred_locale,
        roles: [{ id: g.id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false }],
        emojis: [], stickers: [], features: [], member_count: 2, members: [], presences: [], voice_states: [],
        channels: g.channels.map((c, i) => ({ type: 0, position: i, permission_overwrites: [], guild_id: g.id, ...c })),
        threads: g.threads.map((t) => ({ type: 11, guild_id: g.id, owner_id: snowflake(), thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false }, ...t })),
        joined_at: new Date().toISOString(), large: false, unavailable: false, system_channel_flags: 0,
        verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0,
        premium_tier: 0, nsfw_level: 0, stage_instances: [], guild_scheduled_events: [],
      });
    }
  }

  /** Sends a dispatch to the connection that holds this guild's shard. */
  dispatch(t, d, guildId) {
    const targets = [...this.connections].filter((ws) => ws.shard && (!guildId || shardOf(guildId, ws.shard[1]) === ws.shard[0]));
    if (targets.length === 0) throw new Error(`no gateway connection for guild ${guildId}`);
    for (const ws of targets) ws.dispatch(t, d);
  }

  /** Waits until every one of `count` shards has identified. */
  async waitForShards(count, timeoutMs = 4000) {
    const until = Date.now() + timeoutMs;
    while (this.shardsSeen.length < count) {
      if (Date.now() > until) throw new Error(`only ${this.shardsSeen.length} of ${count} shards identified`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  user(id = snowflake(), username = 'someone') {
    return { id, username, discriminator: '0', global_name: username, avatar: null };
  }

  /** A user posts a message; returns the raw message. */
  postMessage({ guildId, channelId, content = '', author = this.user(), attachments = [] }) {
    const message = this.messageObject({ guild_id: guildId, channel_id: channelId, content, author, attachments });
    this.dispatch('MESSAGE_CREATE', { ...message, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false } }, guildId);
    return message;
  }

  messageObject(fields) {
    return {
      id: snowflake(), type: 0, content: '', tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [], pinned: false, flags: 0, timestamp: new Date().toISOString(), edited_timestamp: null,
      components: [], ...fields,
    };
  }

  /** Dispatches an INTERACTION_CREATE (type 2, application command) and returns its id and token. */
  interact({ guildId, channelId, data, user = this.user(), locale = 'en-US' }) {
    const id = snowflake();
    const token = `itoken-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id, token, type: 2, version: 1, application_id: this.applicationId, guild_id: guildId, channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'help' },
      member: { user, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      data, locale, guild_locale: 'en-US', app_permissions: '2248473465835073', entitlements: [],
      authorizing_integration_owners: { 0: guildId }, context: 0, attachment_size_limit: 10485760,
    }, guildId);
    return { id, token };
  }

  // ---- REST ----------------------------------------------------------------------------------
  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match, timeoutMs = 4000) {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve, timer: setTimeout(() => { this.waiters = this.waiters.filter((w) => w !== waiter); reject(new Error('timed out waiting for a request')); }, timeoutMs) };
      this.waiters.push(waiter);
    });
  }

  record(entry) {
    this.requests.push(entry);
    for (const w of [...this.waiters]) {
      if (w.match(entry)) { clearTimeout(w.timer); this.waiters = this.waiters.filter((x) => x !== w); w.resolve(entry); }
    }
  }

  async handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname.startsWith('/attachments/')) return this.serveAttachment(req, res, url.pathname.slice('/attachments/'.length));
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw && String(req.headers['content-type']).includes('json') ? JSON.parse(raw) : raw || undefined;
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, '');
    const entry = { method: req.method, path, query: Object.fromEntries(url.searchParams), body, status: 0, at: performance.now() };

    const failure = this.failures.find((f) => f.times > 0 && f.method === req.method && f.pathRe.test(path));
    if (failure) {
      failure.times--;
      entry.status = failure.status;
      this.record(entry);
      if (failure.status === 429) {
        return json(res, 429, { message: 'You are being rate limited.', retry_after: 0.05, global: false, code: 0 },
          { 'retry-after': '0.05', 'x-ratelimit-scope': 'user', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.05', 'x-ratelimit-bucket': 'fake' });
      }
      return json(res, failure.status, failure.body ?? { message: `fake failure ${failure.status}`, code: failure.status === 403 ? 50013 : 0 });
    }
    // interaction callbacks and webhook edits are authorised by the interaction token in the path, as on Discord
    const tokenInPath = /^\/(?:interactions|webhooks)\/\d+\/[^/]+/.test(path);
    if (!tokenInPath && req.headers.authorization !== `Bot ${this.token}`) {
      entry.status = 401;
      this.record(entry);
      return json(res, 401, { message: '401: Unauthorized', code: 0 });
    }
    const [status, out] = this.route(req.method, path, body);
    entry.status = status;
    this.record(entry);
    return status === 204 ? (res.writeHead(204), res.end()) : json(res, status, out);
  }

  route(method, path, body) {
    let m;
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/applications/@me') return [200, { id: this.applicationId, name: 'gpu-doctor', flags: 0, bot_public: true }];
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      return [200, this.messageObject({ channel_id: m[1], author: this.botUser, content: body?.content ?? '', embeds: body?.embeds ?? [], message_reference: body?.message_reference })];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204];
    if (method === 'PATCH' && (m = /^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.exec(path))) {
      return [200, this.messageObject({ channel_id: '0', author: this.botUser, content: body?.content ?? '', embeds: body?.embeds ?? [] })];
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return [200, this.messageObject({ channel_id: '0', author: this.botUser, content: body?.content ?? '', embeds: body?.embeds ?? [] })];
    }
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body ?? []).map((c) => ({ id: snowflake(), application_id: this.applicationId, version: '1', ...c }))];
    }
    return [404, { message: `Unknown route ${method} ${path}`, code: 0 }];
  }

  async serveAttachment(req, res, key) {
    if (this.attachmentDelayMs) await new Promise((r) => setTimeout(r, this.attachmentDelayMs));
    const buf = this.attachments.get(key);
    this.record({ method: 'GET', path: `/attachments/${key}`, query: {}, body: undefined, status: buf ? 200 : 404, range: req.headers.range, at: performance.now() });
    if (!buf) return json(res, 404, { message: 'not found' });
    const location = this.redirects.get(key);
    if (location) { res.writeHead(302, { location }); res.end(); return; }
    if (this.broken.has(key)) {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(buf.length) });
      res.write(buf.subarray(0, Math.floor(buf.length / 2)), () => res.socket?.destroy());
      return;
    }
    const range = this.honourRange ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '') : null;
    if (range) {
      let start; let end;
      if (range[1] === '') { start = Math.max(0, buf.length - Number(range[2])); end = buf.length - 1; }
      else { start = Number(range[1]); end = range[2] === '' ? buf.length - 1 : Math.min(Number(range[2]), buf.length - 1); }
      res.writeHead(206, { 'content-type': 'text/plain', 'content-range': `bytes ${start}-${end}/${buf.length}`, 'content-length': String(end - start + 1) });
      res.end(buf.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(buf.length) });
    res.end(buf);
  }
}
