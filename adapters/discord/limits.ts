// Keeps one user, or one flood, from starving everyone else: sliding-window rate limits per user and for
// the whole bot, and a bounded work queue with a fixed number of workers.
import { QueueFullError } from '../../src/service/diagnose-pool.js';

// one "queue full" for the bot's own queue and the diagnose pool's
export { QueueFullError };

/** Counts events in a sliding window per key. */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly max: number, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Records an event if allowed; otherwise returns the milliseconds until one more would be allowed. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return { ok: false, retryAfterMs: this.windowMs - (t - recent[0]!) };
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(t); // bound memory under many distinct users
    return { ok: true };
  }

  private sweep(t: number): void {
    for (const [key, list] of this.hits) if (list.every((h) => t - h >= this.windowMs)) this.hits.delete(key);
  }
}

export type Admission = { ok: true } | { ok: false; reason: 'user' | 'global'; retryAfterMs: number; firstRefusal: boolean };

/** Per-user and global limits; `firstRefusal` lets a caller answer a flood once instead of every time. */
export class RateLimiter {
  private readonly perUser: SlidingWindow;
  private readonly global: SlidingWindow;
  private readonly told = new Map<string, number>();

  constructor(limits: { perUserCount: number; perUserWindowMs: number; globalCount: number; globalWindowMs: number }, private readonly now: () => number = Date.now) {
    this.perUser = new SlidingWindow(limits.perUserCount, limits.perUserWindowMs, now);
    this.global = new SlidingWindow(limits.globalCount, limits.globalWindowMs, now);
  }

  admit(userId: string): Admission {
    const user = this.perUser.take(userId);
    if (!user.ok) return this.refuse(userId, 'user', user.retryAfterMs);
    const all = this.global.take('*');
    if (!all.ok) return this.refuse(userId, 'global', all.retryAfterMs);
    return { ok: true };
  }

  private refuse(userId: string, reason: 'user' | 'global', retryAfterMs: number): Admission {
    const t = this.now();
    const until = this.told.get(userId) ?? 0;
    const firstRefusal = t >= until;
    if (firstRefusal) this.told.set(userId, t + retryAfterMs);
    return { ok: false, reason, retryAfterMs, firstRefusal };
  }
}


/**
 * Public notices to the channel that a flood triggers (global limit reached, queue full): one per window,
 * then silence, so a raid of many accounts is not echoed back into the channel one notice each. `allow`
 * returns whether to post, and a line for the bot's log when the silence starts.
 */
export class NoticeGate {
  private readonly until = new Map<string, number>();
  private readonly silenced = new Map<string, number>();
  constructor(private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  allow(kind: string): { post: boolean; log?: string } {
    const t = this.now();
    if (t >= (this.until.get(kind) ?? 0)) {
      const before = this.silenced.get(kind) ?? 0;
      this.until.set(kind, t + this.windowMs);
      this.silenced.set(kind, 0);
      return { post: true, ...(before ? { log: `${kind}: ${before} notice(s) were not posted in the last window` } : {}) };
    }
    const n = (this.silenced.get(kind) ?? 0) + 1;
    this.silenced.set(kind, n);
    return { post: false, ...(n === 1 ? { log: `${kind}: notice already posted; further ones are not posted for ${Math.ceil(((this.until.get(kind) ?? t) - t) / 1000)} s` } : {}) };
  }
}

/** Runs at most `concurrency` tasks at once and holds at most `capacity` waiting ones. */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly concurrency: number, private readonly capacity: number) {}

  get pending(): number { return this.waiting.length; }
  get active(): number { return this.running; }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.capacity) throw new QueueFullError('queue full');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // hand the slot over directly
      else this.running--;
    }
  }
}
