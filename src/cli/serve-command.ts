// `gpu-doctor serve [--host H] [--port P] [--data DIR] [--store redis://…] …` runs the web page and the
// JSON API (adapters/web) until Ctrl-C / SIGTERM.
import { UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';
import { messages } from '../i18n/messages.js';
import { numberOption, parseCommand } from './options.js';

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** A number option scaled to the unit the server counts in (MB → bytes, days → ms). */
function scaled(name: string, raw: string | undefined, min: number, max: number, unit: number): number | undefined {
  const n = numberOption(name, raw, min, max);
  return n === undefined ? undefined : Math.round(n * unit);
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, settings } = parseCommand(argv, {
    options: {
      host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, store: { type: 'string' },
      'public-url': { type: 'string' }, 'trust-proxy': { type: 'boolean', default: false },
      'max-body-mb': { type: 'string' }, 'rate-limit': { type: 'string' }, 'expire-days': { type: 'string' },
      'max-store-mb': { type: 'string' }, workers: { type: 'string' }, queue: { type: 'string' }, 'timeout-s': { type: 'string' },
    },
    formats: [],
  });
  if (values.help) { process.stdout.write(messages(settings.lang, 'cli')('serve.help', { docs: packagePath('docs', 'SERVE.md') }) + '\n'); return 0; }
  if (values.store !== undefined && !values.store.startsWith('redis://') && !values.store.startsWith('rediss://')) {
    throw new UsageError('usage.store', { value: values.store });
  }
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined && !/^https?:\/\/[^/]/.test(publicUrl)) throw new UsageError('usage.publicUrl', { value: publicUrl });

  // loaded only here: fastify and the page are not needed by the other commands
  const { defaultOptions, UNITS } = await import('../../adapters/web/options.js');
  const { startServer } = await import('../../adapters/web/server.js');
  const base = defaultOptions();
  const options = {
    ...base,
    ...(values.host ? { host: values.host } : {}),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.store ? { store: values.store } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    trustProxy: values['trust-proxy'],
    port: numberOption('port', values.port, 0, 65535) ?? base.port,
    maxBodyBytes: scaled('max-body-mb', values['max-body-mb'], 0.001, 1024, UNITS.MB) ?? base.maxBodyBytes,
    rateLimitPerMinute: numberOption('rate-limit', values['rate-limit'], 0, 1e9) ?? base.rateLimitPerMinute,
    shareTtlMs: scaled('expire-days', values['expire-days'], 1e-6, 3650, UNITS.DAY_MS) ?? base.shareTtlMs,
    maxStoreBytes: scaled('max-store-mb', values['max-store-mb'], 0.001, 1e7, UNITS.MB) ?? base.maxStoreBytes,
    workers: numberOption('workers', values.workers, 1, 256) ?? base.workers,
    queueSize: numberOption('queue', values.queue, 0, 1e6) ?? base.queueSize,
    deadlineMs: scaled('timeout-s', values['timeout-s'], 0.01, 3600, 1000) ?? base.deadlineMs,
  };
  let server;
  try {
    server = await startServer(options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const where = { host: options.host, port: options.port };
    if (code === 'EADDRINUSE') throw new UsageError('serve.portInUse', where);
    if (code === 'EACCES') throw new UsageError('serve.portDenied', where);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError('serve.badHost', where);
    throw err;
  }
  const store = options.store ? 'Redis' : options.dataDir;
  process.stdout.write(messages(settings.lang, 'cli')('serve.listening', { url: server.url, store }) + '\n');
  await waitForSignal();
  await server.close();
  return 0;
}
