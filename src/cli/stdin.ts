// Whether standard input carries a log: `cat log | gpu-doctor` (command-line.ts, and launch.ts, which runs it
// in the bundled diagnose).
import { fstatSync } from 'node:fs';

/** Standard input carries a log (a pipe or a redirected file), not a person at a terminal. */
export function stdinIsPiped(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}
