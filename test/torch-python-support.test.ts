// Which Pythons a torch release publishes wheels for has one answer (knowledge/tables.ts torchPythonFit over
// pytorch-builds): the log side's torchPythonSupported (derive.ts, read by python-version-unsupported), the scan
// side's python-framework-unsupported finding and `gpu-doctor plan`'s Python range must all give it, for every
// release of the table and every Python around its range.
import { describe, expect, it } from 'vitest';
import { table, torchPythonFit, torchPythonRange } from '../src/knowledge/tables.js';
import { majorMinor } from '../src/knowledge/version.js';
import { diagnoseFacts } from '../src/scan/diagnose-scan.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { pytorchCandidates } from '../src/plan/pytorch.js';

const releases = table('pytorch-builds').map((r) => r.torch_version!).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
/** 3.5 … 3.16: below, inside and above every release's range */
const pythons = Array.from({ length: 12 }, (_, i) => `3.${i + 5}`);
const [minorBefore, minorAfter] = [-1, 1].map((d) => (v: string) => { const [major, minor] = v.split('.'); return `${major}.${Number(minor) + d}`; });

describe('torchPythonFit', () => {
  it('is in at both ends of a release range from the table and outside one minor beyond them', () => {
    let checked = 0;
    for (const torch of releases) {
      const { min, max } = torchPythonRange(torch);
      if (!min || !max) continue;
      checked++;
      expect(torchPythonFit(torch, `${min}.4`), `${torch} on ${min}`).toBe('in');
      expect(torchPythonFit(`${torch}+cu121`, max), `${torch} on ${max}`).toBe('in');
      expect(torchPythonFit(torch, minorBefore(min)), `${torch} below ${min}`).toBe('below');
      expect(torchPythonFit(torch, minorAfter(max)), `${torch} above ${max}`).toBe('above');
    }
    expect(checked).toBeGreaterThan(20);
    // known rows: 1.12 had no Python 3.11 wheel; 2.1 had 3.8-3.11
    expect(torchPythonFit('1.12.1+cu113', '3.11.0')).toBe('above');
    expect(torchPythonFit('2.1.2', '3.10.6')).toBe('in');
  });

  it('gives no answer for a build outside the release table or without a Python', () => {
    for (const torch of ['1.13.0a0+git49444c3', '2.0.0a0+ec3941ad.nv23.02', '2.1.0.dev20230601+cu118', '0.4.0']) expect(torchPythonFit(torch, '3.11')).toBeUndefined();
    expect(torchPythonFit('2.1.2', undefined)).toBeUndefined();
    expect(torchPythonFit(undefined, '3.11')).toBeUndefined();
  });
});

describe('the log side, the scan side and plan agree', () => {
  it('on every release of the table against Python 3.5 to 3.16', async () => {
    const disagreements: string[] = [];
    for (const torch of releases) {
      for (const python of pythons) {
        const fit = torchPythonFit(torch, python);
        const d = await diagnoseFacts({ os: 'linux', pythonVersion: `${python}.1`, torchVersion: torch });
        const logSide = d.facts.get('torchPythonSupported')?.value;
        const scanSide = d.findings.some((f) => f.rule.id === 'python-framework-unsupported');
        const expected = fit === undefined ? undefined : fit === 'in';
        if (logSide !== expected || scanSide !== (expected === false)) disagreements.push(`torch ${torch} / Python ${python}: fit ${fit}, log side ${logSide}, scan finding ${scanSide}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('on a log: the Python and torch a log prints give the same verdict', async () => {
    const torch = releases.find((v) => torchPythonRange(v).max === '3.11')!;
    expect(torch).toBeDefined();
    for (const [python, supported] of [['3.11.4', true], ['3.12.1', false]] as const) {
      const d = await diagnoseText(`Python ${python} (main, Jun  7 2023, 10:13:09) [GCC 11.3.0] on linux\nPyTorch version: ${torch}+cu121`);
      expect(d.facts.get('torchPythonSupported')?.value, `${torch} on ${python}`).toBe(supported);
    }
  });

  it('plan offers each release for the Python range the verdict calls in', () => {
    const offered = pytorchCandidates({ framework: 'pytorch', os: 'linux' });
    expect(offered.length).toBeGreaterThan(10);
    for (const c of offered) {
      const { min, max } = c.python;
      expect(torchPythonFit(c.version, min), `${c.version} from ${min}`).toBe('in');
      expect(torchPythonFit(c.version, max), `${c.version} to ${max}`).toBe('in');
      expect(torchPythonFit(c.version, minorBefore(majorMinor(min)!))).toBe('below');
      expect(torchPythonFit(c.version, minorAfter(majorMinor(max)!))).toBe('above');
    }
  });
});
