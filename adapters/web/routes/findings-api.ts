// GET /api/v1/findings and /api/v1/findings/{id}: what `gpu-doctor explain` shows, as JSON.
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { apiLang } from '../lang.js';
import { HttpError } from '../http-error.js';
import { viewRule } from '../../../src/report/view.js';
import { contractFindings } from '../../../src/report/json.js';

export function findingsApi(app: FastifyInstance, ctx: WebContext): void {
  app.get('/api/v1/findings', async (request) => {
    const lang = apiLang(request.query);
    return { findings: ctx.rules.rules.map((r) => ({ id: r.id, severity: r.severity, title: r.title[lang] })) };
  });

  app.get<{ Params: { id: string } }>('/api/v1/findings/:id', async (request) => {
    const lang = apiLang(request.query);
    const rule = ctx.rules.rules.find((r) => r.id === request.params.id);
    if (!rule) throw new HttpError(404, 'not-found', `no finding with id "${request.params.id}"`);
    const [one] = contractFindings([viewRule(rule, lang)]);
    return one;
  });
}
