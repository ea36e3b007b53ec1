// `npm run bench` with a small sparse log (BENCH_LOG_MB=1 or 2): the generated log holds every signature, on the
// lines its metadata names, and a diagnose of it quotes the zlibwapi line there (the bench's evidence check);
// before, signatures after the first 20,000-line block were never written to a log that small.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';

const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-bench-log-test-'));
process.env.BENCH_DIR = dir; // before the bench module makes its own temp folder
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench training log at small sizes', () => {
  for (const mb of [1, 2]) {
    it(`${mb} MB: every signature on its line, the zlibwapi one found there`, async () => {
      const { makeTrainingLog } = await import('../scripts/bench/diagnose.js');
      const log = makeTrainingLog(mb);
      const lines = readFileSync(log.path, 'utf8').split('\n');
      expect(log.signatureLines).toHaveLength(3);
      const at = (n: number) => lines[n - 1]!;
      expect(at(log.signatureLines[0]!)).toContain("Could not load dynamic library 'cudart64_110.dll'");
      expect(at(log.signatureLines[1]!)).toContain('Could not locate zlibwapi.dll');
      expect(at(log.signatureLines[2]!)).toContain('exit code -1073740791');
      // spread through the log, not all at its end
      expect(log.signatureLines[0]!).toBeLessThan(log.lines / 2);
      const d = await diagnoseText(readFileSync(log.path, 'utf8'));
      const zlib = d.findings.find((f) => f.rule.id === 'zlibwapi-missing');
      expect(zlib?.evidence.map((e) => e.line)).toContain(log.signatureLines[1]);
    }, 60_000);
  }
});
