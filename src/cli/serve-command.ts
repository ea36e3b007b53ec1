// `gpu-doctor serve [--host H] [--port P] [--data DIR] [--store redis://…] …` runs the web page and the
// JSON API (adapters/web) until Ctrl-C / SIGTERM.
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

export const SERVE_HELP = `Usage: gpu-doctor serve [--host 127.0.0.1] [--port 8080] [--data DIR] [--store redis://HOST:PORT]

Runs the web page (paste or drop a log, share the answer as a link) and the JSON API (/api/v1/openapi.json).
  --data DIR          where shares are kept (default $GPU_DOCTOR_HOME/serve)
  --store URL         keep shares and rate-limit counters in Redis, for several instances
  --public-url URL    the address people reach the server at, for share links (or GPU_DOCTOR_PUBLIC_URL)
  --trust-proxy       take the client address from X-Forwarded-For (behind a reverse proxy)
  --max-body-mb N     largest log accepted (default 10)
  --rate-limit N      requests per client per minute (default 120; 0: no limit)
  --expire-days N     days a share lives (default 30)
  --max-store-mb N    size cap of the share store (default 1024)
  --workers N         diagnoses at once (default 2)    --queue N   waiting diagnoses before 503 (default 64)
  --timeout-s N       time limit of one diagnosis (default 10)`;

function number(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return n;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, store: { type: 'string' },
      'public-url': { type: 'string' }, 'trust-proxy': { type: 'boolean', default: false },
      'max-body-mb': { type: 'string' }, 'rate-limit': { type: 'string' }, 'expire-days': { type: 'string' },
      'max-store-mb': { type: 'string' }, workers: { type: 'string' }, queue: { type: 'string' }, 'timeout-s': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(SERVE_HELP + '\n'); return 0; }
  if (positionals.length > 0) throw new UsageError(`serve takes no file ("${positionals[0]}"); see gpu-doctor serve --help`);
  if (values.store !== undefined && !values.store.startsWith('redis://') && !values.store.startsWith('rediss://')) {
    throw new UsageError(`--store must be a redis:// or rediss:// address (got "${values.store}")`);
  }
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined && !URL.canParse(publicUrl)) throw new UsageError(`--public-url is not an address: "${publicUrl}"`);

  // loaded only here: fastify and the page are not needed by the other commands
  const { defaultOptions, UNITS } = await import('../../adapters/web/options.js');
  const { startServer } = await import('../../adapters/web/server.js');
  const base = defaultOptions();
  const scaled = (n: number | undefined, unit: number): number | undefined => (n === undefined ? undefined : Math.round(n * unit));
  const options = {
    ...base,
    ...(values.host ? { host: values.host } : {}),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.store ? { store: values.store } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    trustProxy: values['trust-proxy'],
    port: number('port', values.port, 0, 65535) ?? base.port,
    maxBodyBytes: scaled(number('max-body-mb', values['max-body-mb'], 0.001, 1024), UNITS.MB) ?? base.maxBodyBytes,
    rateLimitPerMinute: number('rate-limit', values['rate-limit'], 0, 1e9) ?? base.rateLimitPerMinute,
    shareTtlMs: scaled(number('expire-days', values['expire-days'], 1e-6, 3650), UNITS.DAY_MS) ?? base.shareTtlMs,
    maxStoreBytes: scaled(number('max-store-mb', values['max-store-mb'], 0.001, 1e7), UNITS.MB) ?? base.maxStoreBytes,
    workers: number('workers', values.workers, 1, 256) ?? base.workers,
    queueSize: number('queue', values.queue, 0, 1e6) ?? base.queueSize,
    deadlineMs: scaled(number('timeout-s', values['timeout-s'], 0.01, 3600), 1000) ?? base.deadlineMs,
  };
  let server;
  try {
    server = await startServer(options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${options.port} on ${options.host} is already in use (try --port)`);
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on ${options.host}:${options.port} (try a port above 1024)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on host "${options.host}"`);
    throw err;
  }
  process.stdout.write(`gpu-doctor serve: listening on ${server.url} (${options.store ? 'shares in Redis' : `shares in ${options.dataDir}`}); Ctrl-C stops it\n`);
  await waitForSignal();
  await server.close();
  return 0;
}
