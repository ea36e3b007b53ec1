// Load-proof signals that the main thread stays free while work runs elsewhere: its own CPU time (not the wall-clock
// gaps of a timer, which a machine shared by many jobs stretches by seconds), event-loop turns, and a log that
// holds a test worker until the test lets it go.
import { threadCpuMs } from '../src/service/thread-cpu.js';

/**
 * Milliseconds of CPU time the calling thread spends between now and stop() (Linux: /proc/thread-self/schedstat;
 * the wall clock where the system has no such figure). A budget in CPU time counts the work only: a machine shared
 * by many jobs leaves a thread waiting for a core, which stretches wall-clock time by seconds.
 */
export function cpuTimer(): { stop(): number } {
  const cpu = threadCpuMs();
  const wall = performance.now();
  return {
    stop: () => {
      const now = threadCpuMs();
      return cpu !== undefined && now !== undefined ? now - cpu : performance.now() - wall;
    },
  };
}

/** What the main thread spent on logs a worker diagnoses (handing them over, reading answers): a few ms, not a diagnosis. */
export const MAIN_THREAD_BUDGET_MS = 300;

/** Resolves after `n` turns of the event loop: each turn runs only once nothing holds the thread. */
export async function loopTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r));
}

/**
 * A log that holds test/slow-diagnose-worker.mjs until release(): its bytes sit in shared memory, the first four
 * a lock the worker waits on (Atomics), then HOLD-THE-WORKER. Released, it is answered as an empty log.
 */
export function holdLog(): { input: Uint8Array; release(): void } {
  const text = Buffer.from('HOLD-THE-WORKER\n');
  const input = new Uint8Array(new SharedArrayBuffer(4 + text.length));
  input.set(text, 4);
  const lock = new Int32Array(input.buffer, 0, 1);
  return { input, release: () => { Atomics.store(lock, 0, 1); Atomics.notify(lock, 0); } };
}
