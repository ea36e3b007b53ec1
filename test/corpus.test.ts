// Labelled real-shaped logs, diagnosed through the same path as `diagnose --json`: our held-out corpus
// (fixtures/corpus) and, where it is beside the project, the shared dev corpus. Every case: no false alarm
// (nothing from must_not, no error outside expect/also_ok). Over the corpus: the share of cases that find an
// expected id, and the share with it first, stay where they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseChunks } from '../src/engine/diagnose.js';
import { decodeLines } from '../src/input/read-log.js';
import { packagePath } from '../src/package-root.js';

interface Label { expect?: string[]; also_ok?: string[]; must_not?: string[] }

const corpora = [
  { name: 'fixtures/corpus', dir: packagePath('fixtures', 'corpus'), minTop1: 0.95 },
  { name: 'shared/eval-dev', dir: join(packagePath(), '..', 'shared', 'eval-dev'), minTop1: 0.9 },
].filter((c) => existsSync(c.dir));

async function diagnoseFile(path: string): Promise<{ id: string; severity: string }[]> {
  const bytes = readFileSync(path);
  const { findings } = await diagnoseChunks(decodeLines([bytes], path));
  return findings.map((f) => ({ id: f.rule.id, severity: f.severity }));
}

describe.each(corpora)('$name', ({ dir, minTop1 }) => {
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json') && existsSync(join(dir, f.replace(/\.json$/, '.log')))).sort();
  const top1: boolean[] = [];
  const found: boolean[] = [];

  it.each(cases)('%s', async (file) => {
    const label = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Label;
    const wanted = label.expect ?? [];
    const ok = new Set([...wanted, ...(label.also_ok ?? [])]);
    const findings = await diagnoseFile(join(dir, file.replace(/\.json$/, '.log')));
    const wrong = findings.filter((f) => label.must_not?.includes(f.id) || (f.severity === 'error' && !ok.has(f.id))).map((f) => f.id);
    expect(wrong, 'false alarms').toEqual([]);
    if (wanted.length > 0) {
      found.push(findings.some((f) => wanted.includes(f.id)));
      top1.push(findings.length > 0 && wanted.includes(findings[0]!.id));
    }
  });

  it('finds the labelled root cause, and puts it first, often enough', () => {
    expect(top1.length).toBeGreaterThan(0);
    expect(found.filter(Boolean).length / found.length).toBeGreaterThanOrEqual(0.95);
    expect(top1.filter(Boolean).length / top1.length).toBeGreaterThanOrEqual(minTop1);
  });
});
