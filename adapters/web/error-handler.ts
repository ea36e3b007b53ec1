// Every failure becomes one HttpError and is answered in the asker's format: JSON `{ statusCode, error,
// message }` for the API, the error page for a browser. Nothing of the request body is logged; an
// unexpected error is logged as one line without the log it was working on.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { formatBytes } from './log-input.js';
import type { WebContext } from './context.js';
import { pageLang } from './lang.js';

export function toHttpError(err: unknown, ctx: WebContext): HttpError {
  if (err instanceof HttpError) return err;
  const e = err as Partial<FastifyError> & { statusCode?: number };
  if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new HttpError(413, 'too-large', `the log is larger than ${formatBytes(ctx.options.maxBodyBytes)}`);
  if (e.statusCode === 415 || e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new HttpError(415, 'unsupported-type', 'send the log as text/plain, application/octet-stream or a multipart/form-data file');
  }
  // the rate limiter and the share store fail this way while Redis is away
  const problem = ctx.store.problem();
  if (problem) return new HttpError(503, 'store-down', problem, { 'retry-after': '5' });
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new HttpError(e.statusCode, 'bad-request', e.message ?? 'bad request');
  process.stderr.write(`gpu-doctor serve: internal error: ${e.message ?? String(err)}\n`);
  return new HttpError(500, 'internal', 'internal error');
}

export function wantsJson(request: FastifyRequest): boolean {
  const path = request.url;
  return path.startsWith('/api/') || path.startsWith('/healthz');
}

export function sendError(ctx: WebContext, request: FastifyRequest, reply: FastifyReply, error: HttpError): FastifyReply {
  reply.code(error.statusCode).headers(error.headers);
  if (wantsJson(request)) {
    return reply.type('application/json; charset=utf-8').send({ statusCode: error.statusCode, error: STATUS_CODES[error.statusCode], message: error.message });
  }
  const { lang } = pageLang(request.query, request.headers['accept-language']);
  const html = ctx.pages.render('error', lang, { status: error.statusCode, code: error.code, message: error.message });
  return reply.type('text/html; charset=utf-8').send(html);
}

export function installErrorHandling(app: FastifyInstance, ctx: WebContext): void {
  app.setErrorHandler((err, request, reply) => sendError(ctx, request, reply, toHttpError(err, ctx)));
  app.setNotFoundHandler((request, reply) => sendError(ctx, request, reply, new HttpError(404, 'not-found', `nothing at ${request.method} ${request.url.split('?')[0]}`)));
}
