// `npm run bench -- serve`: the web server's POST /api/v1/diagnose on loopback. `gpu-doctor serve` runs as
// its own process (as deployed; the load generator here must not share its event loop); requests go out
// over keep-alive connections, C at a time, each client sending its next request when the answer arrives
// (http-load.ts). Every request's log is distinct (its first line carries a serial number), so these are
// figures without any answer cache. After a warm-up, it measures the server's memory (RSS, workers included)
// over 10,000 requests of the target case, which also lets the JIT settle, then reports requests per second
// and p50 / p99 latency for a 10 KB and a 1 MB paste at 1, 50 and 200 concurrent clients. For the target case it
// also says where the CPU time went per request, thread by thread (/proc ticks, summed over the run): the
// server's main thread (HTTP, fastify, message passing, JSON), its diagnose workers (the busiest other
// threads: decoding, the engine, texts), the rest (V8's GC helper threads, libuv), and the load generator;
// and where the latency of the median and the slowest requests went, from each answer's Server-Timing: the
// wait for a free worker, the worker's own time, and the rest (HTTP, main thread, messages).
//
// Environment: BENCH_SERVE_WORKERS (default 2), BENCH_SERVE_MEMORY_N (default 10000), BENCH_SERVE_C
// (default 1,50,200), BENCH_SERVE_SIZES (default 10,1024: KB), BENCH_SERVE_NODE_ARGS (options for the server's
// node, e.g. "--single-threaded-gc": V8's GC settings can only be given on its command line, not to one worker;
// run the bench once with and once without them to compare in the same conditions).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../../src/package-root.js';
import { runDiagnoseJob } from '../../src/service/diagnose-job.js';
import { warmUp } from '../../src/service/warm-up.js';
import { distinctPosts, load, TAG_BYTES, type LoadResult, type NextRequest } from './http-load.js';

const WORKERS = Number(process.env.BENCH_SERVE_WORKERS ?? 2);
const MEMORY_N = Number(process.env.BENCH_SERVE_MEMORY_N ?? 10_000);
const CONCURRENCY = (process.env.BENCH_SERVE_C ?? '1,50,200').split(',').map(Number);
const SIZES_KB = (process.env.BENCH_SERVE_SIZES ?? '10,1024').split(',').map(Number);
const NODE_ARGS = (process.env.BENCH_SERVE_NODE_ARGS ?? '').split(' ').filter(Boolean);
const TARGET = { p99Ms: 50, rps: 500 };
/** --rate-limit (requests a minute per client, all from 127.0.0.1 here): far above what any run sends */
const RATE_LIMIT_NEVER_REACHED = 1e9;
const WARM_UP_RUNS = 3;
/** how far the second half of the memory run may go above the first half's highest RSS, as a share of it */
const MEMORY_GROWTH = 0.05;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** A real-shaped log of about `bytes`: corpus logs one after another, the failure at the end. */
function pasteOf(bytes: number): Buffer {
  const filler = readFileSync(packagePath('fixtures', 'corpus', 'lib-cudnn-missing-3.log'), 'utf8')
    + readFileSync(packagePath('fixtures', 'corpus', 'fmt-long-libdevice-1.log'), 'utf8');
  let text = '';
  while (text.length < bytes) text += filler;
  return Buffer.from(text.slice(0, bytes - 200) + '\nCould not locate zlibwapi.dll. Please make sure it is in your library path!\n');
}

interface Server { url: URL; pid: number; stop(): Promise<void> }

async function startServe(): Promise<Server> {
  const data = mkdtempSync(join(tmpdir(), 'gpu-doctor-bench-serve-'));
  // the rate limiter runs as on a public instance (its cost per request is in the figures) with a limit no run
  // reaches: every answer must be a diagnosis (a 429 or 503 would be a fast answer that measures nothing, and
  // a run with any answer but 200 misses the target); the queue is large enough for 200 clients
  const child = spawn(process.execPath, [...NODE_ARGS, packagePath('dist', 'src', 'cli', 'main.js'), 'serve', '--port', '0', '--data', data,
    '--rate-limit', String(RATE_LIMIT_NEVER_REACHED), '--workers', String(WORKERS), '--queue', '100000', '--max-body-mb', '20'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const at = out.indexOf('http://');
      if (at >= 0 && out.includes(' (')) resolve(new URL(out.slice(at).split(' ')[0]!));
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = status.split('\n').find((l) => l.startsWith('VmRSS:')) ?? 'VmRSS: 0 kB';
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** CPU milliseconds (user + system) the process has used, worker threads included; with `tid`, one thread's. */
function cpuMs(pid: number, tid?: number): number {
  // fields after the command name, which may hold spaces: utime and stime are the 12th and 13th of them
  const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

/** CPU milliseconds of each thread of the process, by thread id. */
function threadsCpuMs(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try { out.set(Number(tid), cpuMs(pid, Number(tid))); } catch { /* the thread ended */ }
  }
  return out;
}

/** Per request: the main thread, the `workers` busiest other threads (the diagnose workers), the rest. */
function cpuByThread(pid: number, before: Map<number, number>, after: Map<number, number>, n: number): { main: number; workers: number; rest: number } {
  const used = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === pid)?.ms ?? 0;
  const others = used.filter((t) => t.tid !== pid).map((t) => t.ms).sort((a, b) => b - a);
  const workers = others.slice(0, WORKERS).reduce((a, b) => a + b, 0);
  const rest = others.slice(WORKERS).reduce((a, b) => a + b, 0);
  return { main: main / n, workers: workers / n, rest: rest / n };
}

interface RunResult extends LoadResult {
  serverCpuMs?: number;
  /** CPU ms per request by thread */
  threads?: { main: number; workers: number; rest: number };
}

function line(label: string, c: number, r: RunResult, rss?: number): string {
  const codes = [...r.statuses].map(([s, n]) => `${s}×${n}`).join(' ') + (rss === undefined ? '' : `, server RSS after it ${rss.toFixed(0)} MB`);
  const cpu = r.serverCpuMs === undefined ? '' : `  CPU/req server ${(r.serverCpuMs / r.n).toFixed(2)} ms, load generator ${(r.clientCpuMs / r.n).toFixed(2)} ms`;
  return `${label.padEnd(6)} c=${String(c).padEnd(4)} n=${String(r.n).padEnd(5)} ${(r.n / r.seconds).toFixed(0).padStart(5)} req/s  p50 ${percentile(r.latencies, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(r.latencies, 99).toFixed(1).padStart(7)} ms${cpu}  [${codes}]\n`;
}

/** One measured run: the load, with the server's CPU time over it, in all and by thread. */
async function measured(server: Server, next: NextRequest, c: number, n: number): Promise<RunResult> {
  const cpuBefore = cpuMs(server.pid);
  const threadsBefore = threadsCpuMs(server.pid);
  const r: RunResult = await load(server.url, next, c, n);
  r.serverCpuMs = cpuMs(server.pid) - cpuBefore;
  r.threads = cpuByThread(server.pid, threadsBefore, threadsCpuMs(server.pid), r.n);
  return r;
}

/** The Server-Timing metrics of POST /api/v1/diagnose the breakdown reads (adapters/web/routes/diagnose-api.ts). */
const METRICS = { queue: /(?:^|,\s*)queue;dur=([\d.]+)/, diagnose: /(?:^|,\s*)diagnose;dur=([\d.]+)/ };

/** Milliseconds of one answer's Server-Timing metric, undefined when it is not there. */
function timingOf(header: string | undefined, name: keyof typeof METRICS): number | undefined {
  const m = header === undefined ? null : METRICS[name].exec(header);
  return m ? Number(m[1]) : undefined;
}

/**
 * Where the time of the median requests and of the slowest 1 % went, from each answer's Server-Timing:
 * waiting in the pool's queue for a free worker, running in the worker, and the rest (reading the request,
 * fastify, messages between the threads, writing the answer, the load generator's own delays).
 */
function latencyBreakdown(r: RunResult): string | undefined {
  const split = r.answers.map((a) => ({ ms: a.ms, queue: timingOf(a.serverTiming, 'queue'), worker: timingOf(a.serverTiming, 'diagnose') }));
  if (split.some((s) => s.queue === undefined || s.worker === undefined)) return undefined;
  split.sort((a, b) => a.ms - b.ms);
  const mean = (part: typeof split, f: (s: (typeof split)[number]) => number): string => (part.reduce((t, s) => t + f(s), 0) / part.length).toFixed(1);
  const describe = (label: string, part: typeof split): string =>
    `${label} ${mean(part, (s) => s.ms)} ms = waiting for a worker ${mean(part, (s) => s.queue!)} + in the worker ${mean(part, (s) => s.worker!)}`
    + ` + the rest (HTTP, main thread, messages) ${mean(part, (s) => s.ms - s.queue! - s.worker!)}`;
  const median = split.slice(Math.floor(split.length * 0.45), Math.ceil(split.length * 0.55));
  const slowest = split.slice(Math.floor(split.length * 0.99));
  return `where a request's time went (Server-Timing, means): ${describe('median 10 %', median)}; ${describe('slowest 1 %', slowest)}`;
}

/** What the target case says: met or not, and where its CPU went. */
function targetReport(target: RunResult): boolean {
  const p99 = percentile(target.latencies, 99);
  const rps = target.n / target.seconds;
  // only diagnoses count: an answer refused (429, 503) or failed would be fast and say nothing of the engine
  const diagnosed = target.statuses.get(200) ?? 0;
  const met = p99 < TARGET.p99Ms && rps >= TARGET.rps && diagnosed === target.n;
  const out = (s: string): void => { process.stdout.write(s + '\n'); };
  out(`target 10 KB at 50 clients (distinct logs, no cache): p99 < ${TARGET.p99Ms} ms (${p99.toFixed(1)}: ${p99 < TARGET.p99Ms ? 'met' : 'NOT met'}), `
    + `≥ ${TARGET.rps} req/s (${rps.toFixed(0)}: ${rps >= TARGET.rps ? 'met' : 'NOT met'}), every answer a diagnosis (200: ${diagnosed} of ${target.n}: ${diagnosed === target.n ? 'met' : 'NOT met'})`);
  // on a machine shared with other work the wall-clock figures measure the sharing; CPU time per request does not
  const server = (target.serverCpuMs ?? 0) / target.n;
  const client = target.clientCpuMs / target.n;
  const t = target.threads!;
  out(`CPU per 10 KB request: server ${server.toFixed(2)} ms (main thread: HTTP, fastify, messages, JSON ${t.main.toFixed(2)}; diagnose workers ${t.workers.toFixed(2)};`
    + ` the rest: GC helpers, libuv ${t.rest.toFixed(2)}), load generator ${client.toFixed(2)} ms`);
  const breakdown = latencyBreakdown(target);
  if (breakdown) out(breakdown);
  out(`  → at most ${(2000 / server).toFixed(0)} req/s on 2 cores for the server alone, ${(2000 / (server + client)).toFixed(0)} req/s with this load generator on the same cores`);
  // closed loop: each client waits for its answer, so the mean latency is clients / throughput (Little's law)
  out(`50 clients waiting for their answers: a p99 under ${TARGET.p99Ms} ms needs a mean under it, i.e. ≥ ${(50 / (TARGET.p99Ms / 1000)).toFixed(0)} req/s`
    + ` (≤ ${(2000 / (50 / (TARGET.p99Ms / 1000))).toFixed(1)} ms of CPU per request on 2 cores); mean here ${(target.latencies.reduce((a, b) => a + b, 0) / target.n).toFixed(1)} ms`);
  return met;
}

/**
 * CPU milliseconds of the diagnosis alone for this paste, in this process on one thread (what a worker runs
 * for an API request: decoding the bytes, the engine, the texts; no HTTP, no threads), after a warm-up.
 * Measured while the server is idle; with the server's CPU per request it splits the cost into the engine's
 * and the serving's.
 */
async function inProcessCpuMs(paste: Buffer, n: number): Promise<number> {
  await warmUp();
  const job = (i: number): ReturnType<typeof runDiagnoseJob> =>
    runDiagnoseJob({ input: Buffer.concat([Buffer.from(`in-process paste ${i}\n`), paste]), lang: 'en', label: 'the log', redact: false });
  for (let i = 0; i < n; i++) await job(i);
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await job(n + i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}

/** false when the 10 KB / 50 clients target (p99 latency, requests per second) is missed, or memory grows. */
export async function run(): Promise<boolean> {
  const server = await startServe();
  const posts = new Map(SIZES_KB.map((kb) => [kb, distinctPosts(server.url, '/api/v1/diagnose', pasteOf(kb * 1024 - TAG_BYTES))]));
  // on a shared machine the wall-clock figures depend on what else runs: say how busy it was
  const loadAvg = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  const nodeArgs = NODE_ARGS.length ? ` (node ${NODE_ARGS.join(' ')})` : '';
  process.stdout.write(`gpu-doctor serve${nodeArgs}, ${WORKERS} diagnose workers, ${cpus().length} CPUs visible to Node, load average ${loadAvg()}; POST /api/v1/diagnose on ${server.url.host}\n`);
  try {
    const small = posts.get(10) ?? distinctPosts(server.url, '/api/v1/diagnose', pasteOf(10 * 1024 - TAG_BYTES));
    // warm-up: the first runs after a start cost up to twice the CPU per request of later ones
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      const r = await measured(server, small, 50, 1000);
      process.stdout.write(`warm-up ${i + 1}/${WARM_UP_RUNS}: ${(r.n / r.seconds).toFixed(0)} req/s, p99 ${percentile(r.latencies, 99).toFixed(1)} ms, server CPU ${((r.serverCpuMs ?? 0) / r.n).toFixed(2)} ms/req\n`);
    }

    // memory over MEMORY_N requests of the target case, before the 1 MB runs: their bodies (200 clients × 1 MB
    // and copies, several hundred MB) are still in the RSS for a while after them, and a run measured from that
    // height would call any growth flat. It is also the rest of the warm-up: V8 optimises a function once it has
    // run enough bytecode, so the ones run once per request (the route, the job, the facts, the texts) keep
    // being compiled for about 15,000 requests (--trace-opt); the target case below is measured after it, as a
    // server that has been up for a while runs, and this line shows the figures of the same case while warming.
    const samples: number[] = [rssMb(server.pid)];
    const step = Math.max(1, Math.floor(MEMORY_N / 10));
    let next = step;
    const mem = await load(server.url, small, 50, MEMORY_N, (done) => {
      if (done >= next) { samples.push(rssMb(server.pid)); next += step; }
    });
    process.stdout.write(line('memory', 50, mem));
    // flat: the second half of the run never goes more than 5 % above the highest RSS of the first half (the
    // heaps grow to their working size early on; a leak keeps growing)
    const half = Math.ceil(samples.length / 2);
    const firstHalf = Math.max(...samples.slice(0, half));
    const secondHalf = Math.max(...samples.slice(half));
    const flat = secondHalf <= firstHalf * (1 + MEMORY_GROWTH);
    process.stdout.write(`server RSS over ${MEMORY_N} requests (MB, every ${step}): ${samples.map((m) => m.toFixed(0)).join(' ')}`
      + `; highest in the first half ${firstHalf.toFixed(0)}, in the second ${secondHalf.toFixed(0)}: `
      + `${flat ? 'flat (met)' : `NOT flat (more than ${MEMORY_GROWTH * 100} % above the first half)`}\n`);

    const results = new Map<string, RunResult>();
    for (const kb of SIZES_KB) {
      const label = kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`;
      for (const c of CONCURRENCY) {
        // 10 KB: enough requests for a steady p99 (30 beyond it at 50 clients); 1 MB: a few per client
        const n = kb >= 1024 ? Math.max(40, c * 2) : c === 1 ? 1000 : Math.max(3000, c * 20);
        const r = await measured(server, posts.get(kb)!, c, n);
        results.set(`${kb}/${c}`, r);
        process.stdout.write(line(label, c, r, rssMb(server.pid)));
      }
    }
    process.stdout.write(`load average at the end ${loadAvg()}\n`);
    const target = results.get('10/50');
    const met = target ? targetReport(target) : true;
    if (target) {
      const alone = await inProcessCpuMs(pasteOf(10 * 1024 - TAG_BYTES), 1000);
      const server = (target.serverCpuMs ?? 0) / target.n;
      process.stdout.write(`the diagnosis alone (decode, engine, texts; one thread, no HTTP): ${alone.toFixed(2)} ms CPU per 10 KB paste;`
        + ` serving it over HTTP through a worker adds ${(server - alone).toFixed(2)} ms\n`);
    }
    return met && flat;
  } finally {
    await server.stop();
  }
}
