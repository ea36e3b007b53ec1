// The real logs tests read: a corpus case by its file name, or a shared dev-set case as "eval-dev/<file>" or
// "eval-dev-2026/<file>" (test/corpus-sources keeps each public thread in one place, so a thread the dev sets hold
// is read from there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/package-root.js';

const DEV_SET = /^(eval-dev(?:-2026)?)\/([^/]+)$/;

export function realLog(name: string): string {
  const dev = DEV_SET.exec(name);
  const path = dev ? join(packagePath(), '..', 'shared', dev[1]!, dev[2]!) : join(packagePath(), 'fixtures', 'corpus', name);
  return readFileSync(path, 'utf8');
}
