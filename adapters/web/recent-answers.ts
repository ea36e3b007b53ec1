// The answers of recently opened shares, kept for a few minutes: a share link posted in a busy chat is
// opened by many people, and each opening would otherwise diagnose the same stored log again in a worker.
// A share's log never changes and the rules are loaded once per process, so a kept answer is the one a new
// diagnosis would give ("today's rules" still holds). Only answers are kept (the findings, no log), at most
// `maxEntries`, each for `ttlMs`; the oldest go first.
import type { WebDiagnosis } from './diagnoser.js';

export class RecentAnswers {
  private readonly kept = new Map<string, { diagnosis: WebDiagnosis; until: number }>();

  constructor(private readonly maxEntries = 256, private readonly ttlMs = 10 * 60_000, private readonly now: () => number = Date.now) {}

  get(key: string): WebDiagnosis | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.kept.delete(key);
      return undefined;
    }
    // used again: it becomes the newest
    this.kept.delete(key);
    this.kept.set(key, entry);
    return entry.diagnosis;
  }

  set(key: string, diagnosis: WebDiagnosis): void {
    this.kept.delete(key);
    this.kept.set(key, { diagnosis, until: this.now() + this.ttlMs });
    while (this.kept.size > this.maxEntries) this.kept.delete(this.kept.keys().next().value!);
  }

  /** Forgets every answer whose key starts with `prefix` (a deleted share, in all languages). */
  forget(prefix: string): void {
    for (const key of this.kept.keys()) if (key.startsWith(prefix)) this.kept.delete(key);
  }

  get size(): number {
    return this.kept.size;
  }
}
