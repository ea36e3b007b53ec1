// POST /api/v1/diagnose[?lang=]: a text/plain or octet-stream body, or a multipart file → the same JSON as
// `gpu-doctor diagnose --json` (CONTRACT.md), plus the number of lines read.
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { apiLang } from '../lang.js';
import { readLogInput } from '../log-input.js';

export function diagnoseApi(app: FastifyInstance, ctx: WebContext): void {
  app.post('/api/v1/diagnose', async (request, reply) => {
    const lang = apiLang(request.query);
    const input = await readLogInput(request, ctx.options.maxBodyBytes);
    // the CLI's --json content without its indentation, written by the worker (src/service/diagnose-job.ts)
    const { body, ms, cpuMs, queuedMs } = await ctx.diagnoser.diagnoseJson(input, lang);
    // how long the worker took, apart from queueing and transfer (wall clock, and its thread's CPU time), then
    // how long the log waited for a free worker: what a busy server's latency is mostly made of
    const timing = [ms === undefined ? '' : `diagnose;dur=${ms.toFixed(1)}`, cpuMs === undefined ? '' : `diagnose-cpu;dur=${cpuMs.toFixed(1)}`,
      queuedMs === undefined ? '' : `queue;dur=${queuedMs.toFixed(1)}`];
    if (ms !== undefined) void reply.header('server-timing', timing.filter(Boolean).join(', '));
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
