// json-rules-engine is loaded by the first run that has a rule to evaluate (rule-engine.ts): a log on which no
// rule can fire never loads it, which a one-shot `diagnose` of a clean log would otherwise pay at start.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';

/** Diagnoses `text` in a fresh Node process from dist/; returns its findings and whether the package was loaded. */
function diagnoseAlone(text: string): { findings: string[]; loaded: boolean } {
  const script = `
    import { createRequire } from 'node:module';
    const { diagnoseText } = await import(${JSON.stringify(join(ROOT, 'dist/src/engine/diagnose.js'))});
    const d = await diagnoseText(process.argv[1]);
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('json-rules-engine'));
    process.stdout.write(JSON.stringify({ findings: d.findings.map((f) => f.rule.id), loaded }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, text], { encoding: 'utf8' }));
}

beforeAll(() => { ensureBuilt(); });

describe('json-rules-engine is loaded when a rule can fire', () => {
  it('a clean line never loads it', () => {
    expect(diagnoseAlone('Epoch 1/10 - loss: 0.4213 - accuracy: 0.8712\n')).toEqual({ findings: [], loaded: false });
  });

  it('a failing line loads it and gets its finding', () => {
    expect(diagnoseAlone('Could not locate zlibwapi.dll. Please make sure it is in your library path!\n'))
      .toEqual({ findings: ['zlibwapi-missing'], loaded: true });
  });
});
