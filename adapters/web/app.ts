// Builds the web server (fastify): body parsing, limits, security headers, error handling and routes.
// fastify was chosen for its maintained plugins that fit the limits a public instance needs: body size
// (413) and media types (415) are checked by fastify itself, @fastify/rate-limit keeps its counters in
// memory or in Redis (so several instances share one limit), @fastify/multipart streams file uploads
// with a size cap.
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { Redis } from 'ioredis';
import { packagePath } from '../../src/package-root.js';
import type { WebContext } from './context.js';
import { HttpError } from './http-error.js';
import { installErrorHandling } from './error-handler.js';
import { addSecurityHeaders } from './security-headers.js';
import { diagnoseApi } from './routes/diagnose-api.js';
import { findingsApi } from './routes/findings-api.js';
import { sharesApi } from './routes/shares-api.js';
import { healthApi } from './routes/health-api.js';
import { pageRoutes } from './routes/pages.js';

export async function buildApp(ctx: WebContext, redis?: Redis): Promise<FastifyInstance> {
  const { options } = ctx;
  // no request logger: a log's text must never reach the server's own output
  const app = Fastify({ logger: false, bodyLimit: options.maxBodyBytes, trustProxy: options.trustProxy, return503OnClosing: true });

  // the log arrives as bytes so it can be decoded like a file (GBK, UTF-16…), not as UTF-8 text
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['text/plain', 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(multipart, { limits: { fileSize: options.maxBodyBytes } });

  addSecurityHeaders(app);
  installErrorHandling(app, ctx);

  // registered before the rate limiter, which only counts the routes added after it: one page view
  // loads several assets
  await app.register(fastifyStatic, { root: packagePath('adapters', 'web', 'public'), prefix: '/assets/', maxAge: '1h' });

  if (options.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: 60_000,
      ...(redis ? { redis, nameSpace: 'gpu-doctor:rate:' } : {}),
      errorResponseBuilder: (_request, context) =>
        new HttpError(429, 'rate-limited', `too many requests: at most ${context.max} a minute; try again in ${Math.ceil(context.ttl / 1000)} s`),
    });
  }

  healthApi(app, ctx);
  diagnoseApi(app, ctx);
  findingsApi(app, ctx);
  sharesApi(app, ctx);
  pageRoutes(app, ctx);
  return app;
}
