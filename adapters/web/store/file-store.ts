// The embedded share store: one JSON file per share under <data>/shares, for a single server process.
// Sizes and expiry times are kept in memory (read from the folder at start) so the cap is checked without
// reading the disk; expired shares are removed when met and by a sweep every few minutes.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordBytes, StoreFullError, type ShareRecord, type ShareStore } from './share-store.js';
import { isShareId } from './share-ids.js';

const SWEEP_MS = 5 * 60_000;

interface Entry { bytes: number; expiresAt: number }

export class FileShareStore implements ShareStore {
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  private sweeper: NodeJS.Timeout | undefined;

  private constructor(private readonly dir: string, private readonly maxBytes: number, private readonly now: () => number) {}

  static async open(dataDir: string, maxBytes: number, now: () => number = Date.now): Promise<FileShareStore> {
    const store = new FileShareStore(join(dataDir, 'shares'), maxBytes, now);
    await mkdir(store.dir, { recursive: true, mode: 0o700 });
    for (const name of await readdir(store.dir)) {
      const id = name.endsWith('.json') ? name.slice(0, -5) : '';
      if (!isShareId(id)) continue;
      try {
        const record = JSON.parse(await readFile(store.path(id), 'utf8')) as ShareRecord;
        const { size } = await stat(store.path(id));
        store.remember(id, { bytes: size, expiresAt: record.expiresAt });
      } catch {
        await rm(store.path(id), { force: true }); // a torn or foreign file is no share
      }
    }
    await store.sweep();
    store.sweeper = setInterval(() => { void store.sweep(); }, SWEEP_MS).unref();
    return store;
  }

  async put(record: ShareRecord): Promise<void> {
    const json = JSON.stringify(record);
    const bytes = recordBytes(json);
    if (this.total + bytes > this.maxBytes) await this.sweep();
    if (this.total + bytes > this.maxBytes) throw new StoreFullError(this.maxBytes);
    // written under another name first, so a reader never sees half a file
    const tmp = `${this.path(record.id)}.tmp`;
    await writeFile(tmp, json, { mode: 0o600 });
    await rename(tmp, this.path(record.id));
    this.remember(record.id, { bytes, expiresAt: record.expiresAt });
  }

  async get(id: string): Promise<ShareRecord | null> {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      await this.delete(id);
      return null;
    }
    try {
      return JSON.parse(await readFile(this.path(id), 'utf8')) as ShareRecord;
    } catch {
      return null;
    }
  }

  async delete(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.total -= entry.bytes;
    await rm(this.path(id), { force: true });
    return true;
  }

  problem(): string | null {
    return null;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }

  /** Bytes held now (for tests and the cap). */
  get bytes(): number {
    return this.total;
  }

  private async sweep(): Promise<void> {
    const t = this.now();
    for (const [id, entry] of [...this.entries]) if (entry.expiresAt <= t) await this.delete(id);
  }

  private remember(id: string, entry: Entry): void {
    const old = this.entries.get(id);
    if (old) this.total -= old.bytes;
    this.entries.set(id, entry);
    this.total += entry.bytes;
  }

  private path(id: string): string {
    return join(this.dir, `${id}.json`);
  }
}
