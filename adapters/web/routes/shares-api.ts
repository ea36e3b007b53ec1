// POST /api/v1/shares (same bodies as diagnose) → 201 with the share's link and its delete key;
// GET /api/v1/shares/{id} → the redacted log and today's diagnosis; DELETE with the delete key.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicBase, type WebContext } from '../context.js';
import { apiLang } from '../lang.js';
import { readLogInput } from '../log-input.js';
import { contractFindings } from '../../../src/report/json.js';

/** The delete key from `Authorization: Bearer KEY`, or ?key= . */
export function deleteKeyOf(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const key = (request.query as { key?: unknown }).key;
  return typeof key === 'string' ? key : undefined;
}

export function shareLinks(base: string, id: string, deleteKey?: string): { url: string; deleteUrl?: string } {
  return { url: `${base}/s/${id}`, ...(deleteKey ? { deleteUrl: `${base}/s/${id}/delete?key=${deleteKey}` } : {}) };
}

export function sharesApi(app: FastifyInstance, ctx: WebContext): void {
  app.post('/api/v1/shares', async (request, reply) => {
    const lang = apiLang(request.query);
    const input = await readLogInput(request, ctx.options.maxBodyBytes);
    const { record, deleteKey, diagnosis } = await ctx.shares.create(input, lang);
    return reply.code(201).send({
      id: record.id,
      ...shareLinks(publicBase(request, ctx.options), record.id, deleteKey),
      deleteKey,
      createdAt: new Date(record.createdAt).toISOString(),
      expiresAt: new Date(record.expiresAt).toISOString(),
      lines: diagnosis.lines,
      findings: contractFindings(diagnosis.views),
    });
  });

  app.get<{ Params: { id: string } }>('/api/v1/shares/:id', async (request) => {
    const lang = apiLang(request.query);
    const { record, diagnosis, changed } = await ctx.shares.open(request.params.id, lang);
    return {
      id: record.id,
      url: shareLinks(publicBase(request, ctx.options), record.id).url,
      createdAt: new Date(record.createdAt).toISOString(),
      expiresAt: new Date(record.expiresAt).toISOString(),
      log: record.log,
      lines: diagnosis.lines,
      findings: contractFindings(diagnosis.views),
      sharedFindings: record.findingIds,
      changedSinceShared: changed,
    };
  });

  app.delete<{ Params: { id: string } }>('/api/v1/shares/:id', async (request, reply) => {
    await ctx.shares.remove(request.params.id, deleteKeyOf(request));
    return reply.code(204).send();
  });
}
