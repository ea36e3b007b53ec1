// Headers on every answer: a Content-Security-Policy that allows only this server's own script, styles
// and forms (no inline script, nothing from elsewhere), no framing, no referrer (a share's address must
// not leak to the links a page shows), no MIME sniffing.
import type { FastifyInstance } from 'fastify';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function addSecurityHeaders(app: FastifyInstance): void {
  // a callback hook, not an async one: every answer passes here, and a promise per answer is work for nothing
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(HEADERS);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
