// CPU time of the calling thread, for timing a diagnosis in its worker: wall-clock time on a busy machine
// measures the machine, CPU time measures the work. Linux only (/proc/thread-self/schedstat, nanoseconds
// on the CPU); elsewhere undefined. The kernel brings the figure up to date at scheduler ticks and switches,
// so one reading can lag by a tick (1-4 ms): good for telling a 70 ms cold start from a 5 ms warm run, not
// for summing short jobs (the serve bench counts CPU per thread over a whole run instead).
// The file is opened once per thread and re-read from its start: /proc/thread-self names the thread that
// opens it, and opening it for every reading (two per diagnosis) cost a served request about 3 % of its CPU.
import { closeSync, openSync, readSync } from 'node:fs';

/** this thread's schedstat (each worker thread has its own copy of this module), null: not available */
let fd: number | null | undefined = process.platform === 'linux' ? undefined : null;
const text = Buffer.alloc(128);

/** Milliseconds this thread has run on a CPU so far, or undefined where the system does not say. */
export function threadCpuMs(): number | undefined {
  if (fd === null) return undefined;
  try {
    if (fd === undefined) {
      const opened = openSync('/proc/thread-self/schedstat', 'r');
      fd = opened;
      // descriptors belong to the process: a worker that is terminated (past its deadline) and replaced must
      // not leave its own behind ('exit' runs in a worker on terminate() too)
      process.once('exit', () => closeSync(opened));
    }
    const n = readSync(fd, text, 0, text.length, 0);
    return Number(text.toString('latin1', 0, n).split(' ')[0]) / 1e6;
  } catch {
    fd = null; // no /proc (a sandbox): stop asking
    return undefined;
  }
}
