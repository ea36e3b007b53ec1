// warmUp() (src/engine/warm-up.ts): a long-lived process pays rule loading and regex compilation before its
// first user, so that user's diagnosis is as fast as any later one.
import { describe, expect, it } from 'vitest';
import { warmUp } from '../src/engine/warm-up.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { cpuTimer } from './lag-meter.js';

const LOG = "2023-05-02 10:11:12.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'cudart64_110.dll'; dlerror: cudart64_110.dll not found\n";

describe('warmUp', () => {
  it('diagnoses every rule example once and leaves the engine ready', async () => {
    const ms = await warmUp();
    expect(ms).toBeGreaterThan(0);
    const t = cpuTimer();
    const d = await diagnoseText(LOG);
    const first = t.stop();
    expect(d.findings.map((f) => f.rule.id)).toContain('cuda-runtime-missing');
    // the first diagnosis after the warm-up costs what a later one does, not the compile (tens of ms); in CPU time,
    // which a loaded machine does not stretch as it does the wall clock
    const later: number[] = [];
    for (let i = 0; i < 5; i++) { const t2 = cpuTimer(); await diagnoseText(LOG); later.push(t2.stop()); }
    expect(first).toBeLessThan(Math.max(...later) * 5 + 20);
  });
});
