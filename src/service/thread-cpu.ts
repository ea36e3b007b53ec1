// CPU time of the calling thread, for timing a diagnosis in its worker: wall-clock time on a busy machine
// measures the machine, CPU time measures the work. Linux only (/proc/thread-self/schedstat, nanoseconds
// on the CPU); elsewhere undefined.
import { readFileSync } from 'node:fs';

let available = process.platform === 'linux';

/** Milliseconds this thread has run on a CPU so far, or undefined where the system does not say. */
export function threadCpuMs(): number | undefined {
  if (!available) return undefined;
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    available = false; // no /proc (a sandbox): stop asking
    return undefined;
  }
}
