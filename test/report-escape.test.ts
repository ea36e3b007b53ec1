// Control characters from a log or a probe reach the terminal only escaped (issue 10, item 9): a `\r`,
// backspaces, BEL or an OSC / CSI sequence could hide a line, fake an "OK" or retitle the terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../src/report/escape.js';
import { renderTerminal } from '../src/report/terminal.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderScanTerminal } from '../src/scan/render.js';
import { messages } from '../src/i18n/messages.js';
import type { FindingView } from '../src/report/view.js';
import { ensureBuilt } from './built-cli.js';

const HOSTILE = 'nvidia-smi: ok\rNVIDIA-SMI has failed\b\b\x07\x1b]0;owned\x07\x1b[2K\x9b31m\u202egnp.exe';

const view = (text: string): FindingView => ({
  id: 'driver-not-loaded', severity: 'error', title: `Driver ${text}`, why: text, explainedBy: [],
  evidence: [{ line: 3, text }], fixes: [{ title: 'Reinstall', steps: [text], auto: false }],
});

let dir: string;
let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-ctl-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('terminal control characters', () => {
  it('are shown as escapes, tab and newline kept', () => {
    expect(escapeControls('a\rb\bc\x07d\x1b[31me\tf\ng\x7f\x9b\u202e')).toBe('a\\rb\\bc\\ad\\e[31me\tf\ng\\u007f\\u009b\\u202e');
  });

  it('never reach the diagnose report, the Markdown or the scan checklist raw', () => {
    const t = messages('en');
    for (const out of [renderTerminal([view(HOSTILE)], t, 5, 'verbose'), renderMarkdown([view(HOSTILE)], t)]) {
      expect(out).not.toMatch(/[\r\b\x07\x9b\u202e]|\x1b\]/);
      expect(out).toContain('\\rNVIDIA-SMI has failed\\b\\b\\a');
    }
    const scan = renderScanTerminal(
      [{ layer: 'driver', status: 'crashed', key: 'crashed', vars: { why: HOSTILE } }],
      [view(HOSTILE)], { data: {} as never, crashed: {}, notApplicable: [], ms: 5 }, messages('en', 'scan'),
    );
    expect(scan).not.toMatch(/[\r\b\x07\x9b\u202e]|\x1b\]/);
    expect(scan).toContain('This check could not finish: nvidia-smi: ok\\rNVIDIA-SMI has failed');
  });

  it('gpu-doctor diagnose of a log line with \\r and backspaces prints them escaped', () => {
    const file = join(dir, 'ctl.log');
    writeFileSync(file, 'Could not locate zlibwapi.dll. Please make sure it is in your library path!\rTraining finished OK\b\b\x07\n');
    const r = spawnSync(process.execPath, [CLI, 'diagnose', file, '--no-color'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', GPU_DOCTOR_LANG: '' } });
    expect(r.stdout).toContain('library path!\\rTraining finished OK\\b\\b\\a');
    expect(r.stdout).not.toMatch(/[\r\b\x07]/);
  });
});
