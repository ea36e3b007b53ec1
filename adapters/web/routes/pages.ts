// The HTML pages. They work without script (plain forms and links); /assets/app.js adds file drop, copy
// buttons and Ctrl+Enter. The language is ?lang= when given (kept in every link and form), else the
// browser's.
//   GET  /                    paste box and file picker
//   POST /                    the answer for the posted log, the redacted log beside it, a Share button
//   POST /share               stores the log, shows its link and (once, to the sharer) the delete link
//   GET  /s/{id}[?lines=N-M]  a share, diagnosed again with today's rules; a long log's lines N-M added
//   GET  /s/{id}/log.txt      the whole shared (redacted) log as plain text
//   GET  /s/{id}/delete?key=  asks to confirm; POST deletes (a GET never deletes: chat apps fetch links)
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../../src/engine/rule-types.js';
import { publicBase, type WebContext } from '../context.js';
import { pageLang } from '../lang.js';
import { readLogInput } from '../log-input.js';
import { buildReport, parseLineRange, type LineRange } from '../report-model.js';
import { HttpError } from '../http-error.js';
import { deleteKeyOf, shareLinks } from './shares-api.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

function langOf(request: FastifyRequest): Lang {
  return pageLang(request.query, request.headers['accept-language']).lang;
}

/** ?lines=N-M of a share page: the lines of a long log to show besides the evidence (absent: none). */
function linesOf(request: FastifyRequest): LineRange | undefined {
  const value = (request.query as { lines?: unknown }).lines;
  if (value === undefined) return undefined;
  const range = parseLineRange(value);
  if (!range) throw new HttpError(400, 'bad-request', 'lines must be a range of line numbers such as 120-480');
  return range;
}

/** What the log view of a share links to: pages of its left-out lines, and the whole log as text. */
function shareLogLinks(id: string, lang: Lang): { linesBase: string; textHref: string } {
  return { linesBase: `/s/${id}?lang=${lang}&lines=`, textHref: `/s/${id}/log.txt` };
}

export function pageRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/', async (request, reply) => html(reply, ctx.pages.render('home', langOf(request), { log: '', path: '/' })));

  app.post('/', async (request, reply) => {
    const lang = langOf(request);
    const input = await readLogInput(request, ctx.options.maxBodyBytes);
    // what is shown is what a share would store: the redacted log and its diagnosis
    const { views, lines, log = '', redacted = [] } = await ctx.diagnoser.diagnose(input, lang, { redactLog: true });
    return html(reply, ctx.pages.render('result', lang, { log, path: '/', report: buildReport(views, log, lines), redacted }));
  });

  app.post('/share', async (request, reply) => {
    const lang = langOf(request);
    const input = await readLogInput(request, ctx.options.maxBodyBytes);
    const { record, deleteKey, diagnosis } = await ctx.shares.create(input, lang);
    const links = shareLinks(publicBase(request, ctx.options), record.id, deleteKey);
    return html(reply, ctx.pages.render('share', lang, {
      path: `/s/${record.id}`, record, created: { url: `${links.url}?lang=${lang}`, deleteUrl: `${links.deleteUrl}&lang=${lang}` },
      report: buildReport(diagnosis.views, record.log, diagnosis.lines), changed: false, sharedTitles: [], ...shareLogLinks(record.id, lang),
    }), 201);
  });

  app.get('/s/:id', async (request: IdRequest, reply) => {
    const lang = langOf(request);
    const show = linesOf(request);
    const { record, diagnosis, changed } = await ctx.shares.open(request.params.id, lang);
    const titleOf = (id: string): string => ctx.rules.rules.find((r) => r.id === id)?.title[lang] ?? id;
    return html(reply, ctx.pages.render('share', lang, {
      path: `/s/${record.id}`, record, created: null,
      report: buildReport(diagnosis.views, record.log, diagnosis.lines, show), changed, sharedTitles: record.findingIds.map(titleOf),
      ...shareLogLinks(record.id, lang),
    }));
  });

  app.get('/s/:id/log.txt', async (request: IdRequest, reply) => {
    const record = await ctx.shares.record(request.params.id);
    return reply.type('text/plain; charset=utf-8').send(record.log);
  });

  app.get('/s/:id/delete', async (request: IdRequest, reply) => {
    const lang = langOf(request);
    const key = deleteKeyOf(request);
    const record = await ctx.shares.checkKey(request.params.id, key);
    return html(reply, ctx.pages.render('delete', lang, { path: `/s/${record.id}`, id: record.id, key, done: false }));
  });

  app.post('/s/:id/delete', async (request: IdRequest, reply) => {
    const lang = langOf(request);
    await ctx.shares.remove(request.params.id, deleteKeyOf(request));
    return html(reply, ctx.pages.render('delete', lang, { path: '/', id: request.params.id, key: '', done: true }));
  });
}

