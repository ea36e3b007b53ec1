// GET /healthz (200 once ready; 503 while the share store cannot be reached) and the OpenAPI document.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { packagePath } from '../../../src/package-root.js';

export function healthApi(app: FastifyInstance, ctx: WebContext): void {
  const openapi = readFileSync(packagePath('adapters', 'web', 'openapi.json'), 'utf8');

  app.get('/healthz', { config: { rateLimit: false } }, async () => {
    const problem = ctx.store.problem();
    if (problem) throw new HttpError(503, 'store-down', problem, { 'retry-after': '5' });
    return { status: 'ok' };
  });

  app.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi));
}
