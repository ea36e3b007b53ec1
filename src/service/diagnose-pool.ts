// Diagnoses for long-lived processes (the Discord bot, the web server, the GitHub action): every log is
// scanned in a worker thread, never on the main thread, so a pathological log can only stall a worker. A
// worker past its deadline is terminated and replaced, and its caller gets a DiagnoseTimeoutError to pass
// on to the user; a bounded queue refuses work beyond its limit with a QueueFullError.
import { Worker } from 'node:worker_threads';
import { InputError } from '../input/decode.js';
import { packagePath } from '../package-root.js';
import type { Lang } from '../engine/rule-types.js';
import type { DiagnoseJob, DiagnoseReport, JsonDiagnoseReport } from './diagnose-job.js';

export type { DiagnoseReport, JsonDiagnoseReport } from './diagnose-job.js';

/** A diagnosis that ran past its deadline (or whose caller gave up); the worker running it was terminated. */
export class DiagnoseTimeoutError extends Error {
  override name = 'DiagnoseTimeoutError';
}
/** Refused at once: `queueLimit` diagnoses are already waiting for a worker. */
export class QueueFullError extends Error {
  override name = 'QueueFullError';
}
/** The worker could not diagnose the log (it crashed, ran out of memory, or could not load the rules). */
export class DiagnoseFailedError extends Error {
  override name = 'DiagnoseFailedError';
}
export class PoolClosedError extends Error {
  override name = 'PoolClosedError';
}

export interface DiagnosePoolOptions {
  /** worker threads, each running one diagnosis at a time */
  size: number;
  /** how long one diagnosis may run in its worker (the wait in the queue is not counted) */
  deadlineMs: number;
  /** diagnoses that may wait for a busy worker; one more is a QueueFullError */
  queueLimit: number;
  /** heap limit of each worker: a log that needs more fails alone instead of taking the process down */
  maxHeapMb?: number;
  /** the worker script (default: diagnose-worker.js beside this module, in dist/ when run from sources) */
  workerUrl?: URL;
  /**
   * run a warm-up diagnosis in each worker before it takes work, so the first log does not pay JIT and regex
   * compilation (default true; a one-shot process with a single log gains nothing from it)
   */
  warmUp?: boolean;
}

/** What each worker is started with (its workerData). */
export interface WorkerData {
  warmUp?: boolean;
}

export interface DiagnoseOptions {
  lang?: Lang;
  /** names the input in error messages */
  label?: string;
  /** hide personal details in the findings (src/redact): for anything shown to others */
  redact?: boolean;
  /** redact the whole log, diagnose that and return it as `report.log` (the web page and its shares) */
  redactLog?: boolean;
  /** the caller's own deadline (download + diagnosis): aborting it stops the diagnosis like its deadline */
  signal?: AbortSignal;
}

export interface DiagnosePool {
  diagnose(input: Uint8Array | string, options?: DiagnoseOptions): Promise<DiagnoseReport>;
  /** the same diagnosis, answered as the CONTRACT.md JSON in UTF-8 (what an HTTP API sends as it is) */
  diagnoseJson(input: Uint8Array | string, options?: Omit<DiagnoseOptions, 'redactLog'>): Promise<JsonDiagnoseReport>;
  /** workers alive, diagnoses running, diagnoses waiting */
  stats(): { workers: number; running: number; queued: number };
  /** resolves once every worker has loaded the rules (rejects with the reason when they cannot load) */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** What a worker posts: once `ready` (or not) after start-up, then one reply per job. */
export type WorkerReply =
  | { ok: true; report: DiagnoseReport | JsonDiagnoseReport }
  | { ok: false; kind: 'input' | 'failed'; message: string };
type StartupReply = { ready: true; warmUpMs?: number } | ({ ready: false } & Extract<WorkerReply, { ok: false }>);

interface Pending {
  job: DiagnoseJob;
  /** with the report the job asked for: DiagnoseReport, or JsonDiagnoseReport with `asJson` */
  resolve(report: DiagnoseReport | JsonDiagnoseReport): void;
  reject(err: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
  timer?: NodeJS.Timeout;
  /** performance.now() when it was queued, then how long it waited for a worker */
  queuedAt: number;
  queuedMs?: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  pending: Pending | null;
  /** whether the worker keeps the process alive now (ref()/unref() are only called when this changes) */
  referenced: boolean;
}

function defaultWorkerUrl(): URL {
  const here = new URL('./diagnose-worker.js', import.meta.url);
  // under vitest this module is TypeScript source: worker threads need the compiled script
  return import.meta.url.endsWith('.ts') ? new URL(`file://${packagePath('dist', 'src', 'service', 'diagnose-worker.js')}`) : here;
}

class Pool implements DiagnosePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private readonly workerUrl: URL;
  private readonly readyWaiters: Array<{ resolve(): void; reject(err: Error): void }> = [];

  constructor(private readonly opts: DiagnosePoolOptions) {
    for (const key of ['size', 'deadlineMs', 'queueLimit'] as const) {
      if (!Number.isInteger(opts[key]) || opts[key] < (key === 'queueLimit' ? 0 : 1)) throw new RangeError(`diagnose pool: ${key} must be a positive integer`);
    }
    this.workerUrl = opts.workerUrl ?? defaultWorkerUrl();
    // start every worker now: loading and compiling the rules takes about a second, which no first log should pay
    for (let i = 0; i < opts.size; i++) this.spawn();
    this.updateRefs();
  }

  ready(): Promise<void> {
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.readyWaiters.push({ resolve, reject });
      this.updateRefs(); // someone waits for the workers: they keep the process alive until ready
    });
  }

  diagnose(input: Uint8Array | string, options: DiagnoseOptions = {}): Promise<DiagnoseReport> {
    return this.submit(input, options, false) as Promise<DiagnoseReport>;
  }

  diagnoseJson(input: Uint8Array | string, options: DiagnoseOptions = {}): Promise<JsonDiagnoseReport> {
    return this.submit(input, options, true) as Promise<JsonDiagnoseReport>;
  }

  private submit(input: Uint8Array | string, options: DiagnoseOptions, asJson: boolean): Promise<DiagnoseReport | JsonDiagnoseReport> {
    if (this.closed) return Promise.reject(new PoolClosedError('the diagnose pool is closed'));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new DiagnoseTimeoutError('the time limit was reached before the diagnosis started'));
    // `size` running (or about to, while workers start) and `queueLimit` waiting
    const { running, queued } = this.stats();
    if (running + queued >= this.opts.size + this.opts.queueLimit) {
      return Promise.reject(new QueueFullError(`${Math.max(queued, running + queued - this.opts.size)} diagnoses are already waiting`));
    }
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        job: {
          input, lang: options.lang ?? 'en', label: options.label ?? 'input', redact: options.redact ?? false,
          ...(options.redactLog ? { redactLog: true } : {}), ...(asJson ? { asJson: true } : {}),
        },
        resolve, reject, queuedAt: performance.now(), ...(signal ? { signal } : {}),
      };
      if (signal) {
        pending.onAbort = () => this.abort(pending, new DiagnoseTimeoutError('the time limit was reached'));
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  stats(): { workers: number; running: number; queued: number } {
    return { workers: this.slots.length, running: this.slots.filter((s) => s.pending).length, queued: this.queue.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.readyWaiters.splice(0)) w.reject(new PoolClosedError('the diagnose pool was closed'));
    for (const p of this.queue.splice(0)) this.settle(p, new PoolClosedError('the diagnose pool was closed'));
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.pending) this.settle(s.pending, new PoolClosedError('the diagnose pool was closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Hands waiting jobs to idle workers, starting workers up to `size`. */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const idle = this.slots.find((s) => s.ready && !s.pending);
      if (!idle) {
        if (this.slots.length < this.opts.size) this.spawn();
        break;
      }
      this.start(idle, this.queue.shift()!);
    }
    this.updateRefs();
  }

  private start(slot: Slot, pending: Pending): void {
    slot.pending = pending;
    pending.queuedMs = performance.now() - pending.queuedAt;
    pending.timer = setTimeout(() => {
      this.kill(slot, new DiagnoseTimeoutError(`the diagnosis took longer than ${this.opts.deadlineMs / 1000} s and was stopped`));
    }, this.opts.deadlineMs);
    slot.worker.postMessage(pending.job);
  }

  private spawn(): void {
    const workerData: WorkerData = { warmUp: this.opts.warmUp ?? true };
    const worker = new Worker(this.workerUrl, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 1024 }, stdout: false, stderr: false });
    const slot: Slot = { worker, ready: false, pending: null, referenced: true };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerReply | StartupReply) => this.onMessage(slot, msg));
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the log needed more memory than one diagnosis may use' : err.message;
      this.lose(slot, new DiagnoseFailedError(`the diagnosis failed: ${why}`));
    });
    worker.on('exit', (code) => this.lose(slot, new DiagnoseFailedError(`the diagnose worker stopped (exit ${code})`)));
  }

  private onMessage(slot: Slot, msg: WorkerReply | StartupReply): void {
    if ('ready' in msg) {
      if (msg.ready) {
        slot.ready = true;
        if (this.slots.every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w.resolve();
        this.pump();
      } else {
        const err = new DiagnoseFailedError(`the diagnose worker cannot start: ${msg.message}`);
        for (const w of this.readyWaiters.splice(0)) w.reject(err);
        // the rules cannot load: every waiting job would fail the same way, and a respawn would loop
        this.remove(slot);
        void slot.worker.terminate();
        for (const p of this.queue.splice(0)) this.settle(p, err);
      }
      return;
    }
    const pending = slot.pending;
    if (!pending) return;
    slot.pending = null;
    if (msg.ok) this.settle(pending, null, { ...msg.report, queuedMs: pending.queuedMs! });
    else this.settle(pending, msg.kind === 'input' ? new InputError(msg.message) : new DiagnoseFailedError(msg.message));
    this.pump();
  }

  /** A worker died on its own (crash, out of memory): fail its job, forget it, carry on with a fresh one. */
  private lose(slot: Slot, err: Error): void {
    if (!this.remove(slot)) return;
    if (slot.pending) this.settle(slot.pending, err);
    else if (!slot.ready) {
      for (const w of this.readyWaiters.splice(0)) w.reject(err);
      for (const p of this.queue.splice(0)) this.settle(p, err);
    }
    this.pump();
  }

  /** Terminates a worker in the middle of a job (deadline, caller gave up) and starts its replacement. */
  private kill(slot: Slot, err: Error): void {
    if (!this.remove(slot)) return;
    void slot.worker.terminate();
    if (slot.pending) this.settle(slot.pending, err);
    if (!this.closed) this.spawn(); // stay warm for the next log
    this.pump();
  }

  private abort(pending: Pending, err: Error): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(pending, err);
      return;
    }
    const slot = this.slots.find((s) => s.pending === pending);
    if (slot) this.kill(slot, err);
  }

  private remove(slot: Slot): boolean {
    const i = this.slots.indexOf(slot);
    if (i < 0) return false;
    this.slots.splice(i, 1);
    return true;
  }

  private settle(p: Pending, err: Error | null, report?: DiagnoseReport | JsonDiagnoseReport): void {
    if (p.timer) clearTimeout(p.timer);
    if (p.onAbort) p.signal?.removeEventListener('abort', p.onAbort);
    if (err) p.reject(err);
    else p.resolve(report!);
  }

  /** Idle workers do not keep the process alive; busy ones (or starting ones that a job or ready() waits for) do. */
  private updateRefs(): void {
    for (const s of this.slots) {
      const keep = s.pending !== null || (!s.ready && (this.queue.length > 0 || this.readyWaiters.length > 0));
      if (keep === s.referenced) continue;
      s.referenced = keep;
      if (keep) s.worker.ref();
      else s.worker.unref();
    }
  }
}

export function createDiagnosePool(options: DiagnosePoolOptions): DiagnosePool {
  return new Pool(options);
}
