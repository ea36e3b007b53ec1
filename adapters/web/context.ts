// What every route needs, built once per server: options, the engine's door, shares, rules and pages.
import type { FastifyRequest } from 'fastify';
import type { RuleSet } from '../../src/engine/load-rules.js';
import type { ServeOptions } from './options.js';
import type { Diagnoser } from './diagnoser.js';
import type { ShareService } from './share-service.js';
import type { ShareStore } from './store/share-store.js';
import type { Pages } from './pages.js';

export interface WebContext {
  options: ServeOptions;
  diagnoser: Diagnoser;
  store: ShareStore;
  shares: ShareService;
  rules: RuleSet;
  pages: Pages;
}

/** Where people reach this server: --public-url / GPU_DOCTOR_PUBLIC_URL, else what the request was sent to. */
export function publicBase(request: FastifyRequest, options: ServeOptions): string {
  const base = options.publicUrl ?? `${request.protocol}://${request.host}`;
  return base.endsWith('/') ? base.slice(0, -1) : base;
}
