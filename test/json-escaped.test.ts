// A log pasted as JSON strings (an API payload or a bot's report, a notebook's outputs, docker's json-file log,
// a string copied without its quotes) is decoded before the scan: real corpus logs pasted so keep their root
// cause, and evidence names the pasted line that holds the string. Pastes that only contain some JSON are left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJsonEscapedPaste, JsonUnescaper, unescapedLines } from '../src/input/json-escaped.js';
import { diagnoseText } from '../src/engine/diagnose.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');

/** A pasted line holding the given (1-based) line of the log, per shape; null where all of it is on one line. */
const SHAPES: Record<string, { paste: (log: string) => string; lineOf: ((logLine: number) => number) | null }> = {
  'an API payload, one line': { paste: (log) => JSON.stringify({ title: 'CUDA error', body: log }), lineOf: null },
  'an issue body, pretty-printed, CRLF inside': {
    paste: (log) => JSON.stringify({ title: 'CUDA error', body: `### Logs\r\n\r\n\`\`\`shell\r\n${log.replace(/\n/g, '\r\n')}\r\n\`\`\`\r\n`, labels: ['bug'] }, null, 2),
    lineOf: null,
  },
  "docker's json-file log": {
    paste: (log) => log.split('\n').map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr', time: '2024-05-01T10:00:00.123456789Z' })).join('\n'),
    lineOf: (n) => n,
  },
  "a notebook's stream output": {
    paste: (log) => {
      const ls = log.split('\n');
      const text = ls.map((l, i) => `     ${JSON.stringify(i + 1 < ls.length ? `${l}\n` : l)}${i + 1 < ls.length ? ',' : ''}`);
      return ['{', ' "outputs": [', '  {', '   "name": "stderr",', '   "output_type": "stream",', '   "text": [', ...text, '   ]', '  }', ' ]', '}'].join('\n');
    },
    lineOf: (n) => n + 6,
  },
  'a string without its quotes': { paste: (log) => JSON.stringify(log).slice(1, -1), lineOf: null },
};

describe('a log pasted as JSON strings', () => {
  // real threads whose root cause rests on a line start, a multi-line message or quotes and backslashes
  it.each([['thr-xformers-cpu-torch-1', 'torch-cpu-build'], ['ra-kohya-py32bit-richwrap-51', 'python-version-unsupported'], ['job-a2-srun-no-gpus-1', 'job-no-gpu-allocated'], ['real-tf213-win10-cuda112-cudnn86', 'tf-gpu-windows-native-unsupported']])('%s keeps %s under each shape, with evidence on the pasted line', async (name, id) => {
    const log = corpusLog(name).replace(/\n$/, '');
    const plain = await diagnoseText(log);
    expect(plain.findings[0]?.rule.id).toBe(id);
    for (const [shape, { paste, lineOf }] of Object.entries(SHAPES)) {
      const pasted = paste(log);
      expect(isJsonEscapedPaste(Buffer.from(pasted)), shape).toBe(true);
      const d = await diagnoseText(pasted);
      expect(d.findings[0]?.rule.id, shape).toBe(id);
      expect(d.lines, shape).toBe(pasted.split('\n').length);
      const pastedLines = pasted.split('\n');
      for (const e of d.findings[0]!.evidence) {
        // the evidence quotes the decoded line, found in the string on the line it names
        expect(e.text.includes('\\"'), shape).toBe(false);
        if (lineOf) expect(e.line, shape).toBe(lineOf(plain.findings[0]!.evidence.find((p) => p.text === e.text)!.line));
        else expect(unescapedLines(pastedLines[e.line - 1]!)!.some((l) => l.includes(e.text.slice(0, 40))), shape).toBe(true);
      }
    }
  });

  it("decodes a real notebook's error output (corpus): evidence is the decoded message, on the line of its string", async () => {
    const log = corpusLog('fmt-jupyter-dllload-1');
    const { findings } = await diagnoseText(log);
    const ev = findings.flatMap((f) => f.evidence).filter((e) => e.text.startsWith('ImportError: DLL load failed'));
    expect(ev.length).toBeGreaterThan(0);
    const lines = log.split('\n');
    for (const e of ev) expect(lines[e.line - 1]).toContain('DLL load failed while importing _pywrap_tensorflow_internal');
  });

  it('maps lines of the result back to the pasted lines, whatever the chunks', () => {
    const pasted = ['plain line', '"a\\nb\\nc",', '"d\\n",', '{"log":"e\\nf\\n","stream":"stderr"}', 'last'].join('\n') + '\n';
    const whole = new JsonUnescaper();
    const out = whole.push(Buffer.from(pasted)).toString();
    expect(out).toBe('plain line\na\nb\nc\nd\ne\nf\nlast\n');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((l) => whole.lines.inputLine(l))).toEqual([1, 2, 2, 2, 3, 4, 4, 5]);
    expect(whole.lines.fewerLines).toBe(-3);
    const cut = pasted.indexOf('"d');
    const chunked = new JsonUnescaper();
    expect(chunked.push(Buffer.from(pasted.slice(0, cut))).toString() + chunked.push(Buffer.from(pasted.slice(cut))).toString()).toBe(out);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((l) => chunked.lines.inputLine(l))).toEqual([1, 2, 2, 2, 3, 4, 4, 5]);
  });

  it('decodes each shape of line, and leaves lines that only look alike', () => {
    expect(unescapedLines('      "Skipping registering GPU devices...\\n",')).toEqual(['Skipping registering GPU devices...']);
    expect(unescapedLines('  "evalue": "Traceback (most recent call last):\\n  File \\"C:\\\\x.py\\", line 1",')).toEqual(['Traceback (most recent call last):', '  File "C:\\x.py", line 1']);
    expect(unescapedLines('body = "a\\r\\nb"')).toEqual(['a', 'b']);
    // a Python repr printed in place of the text: its b' and closing quote are not part of the lines
    expect(unescapedLines("b'C:\\\\cuda\\\\v12.1\\\\bin\\\\nvcc.exe\\r\\nC:\\\\cuda\\\\v11.8\\\\bin\\\\nvcc.exe\\r\\n'")).toEqual(['C:\\cuda\\v12.1\\bin\\nvcc.exe', 'C:\\cuda\\v11.8\\bin\\nvcc.exe']);
    // one holding a Python-only escape (\\x, \\') stays as pasted
    expect(unescapedLines("b'caf\\xc3\\xa9\\nline\\n'")).toBeNull();
    // a member without a line break keeps its key: the key is part of what it says
    expect(unescapedLines('"nvidia.com/gpu": "0",')).toBeNull();
    // a path with one \n is not a string body; an invalid escape (\P) is no JSON
    expect(unescapedLines('Could not load C:\\nvidia\\cudnn64_8.dll')).toBeNull();
    expect(unescapedLines('C:\\Program Files\\new\\nvcc\\n')).toBeNull();
  });

  it('decides from the start of a long paste, and from the whole first line when that is one long JSON string', () => {
    const log = corpusLog('thr-xformers-cpu-torch-1');
    let long = log;
    while (long.length < 200_000) long += log;
    expect(isJsonEscapedPaste(Buffer.from(JSON.stringify({ body: long })))).toBe(true);
    // 200 KB of docker's json-file lines, then 200 KB of plain log, or the other way round: the start decides
    const docker = long.split('\n').map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr' })).join('\n');
    expect(isJsonEscapedPaste(Buffer.from(`${docker}\n${long}`))).toBe(true);
    expect(isJsonEscapedPaste(Buffer.from(`${long}\n${docker}`))).toBe(false);
  });

  it('finds no JSON-escaped paste in logs that only hold some JSON or escapes', () => {
    const traceback = ['Traceback (most recent call last):', '  File "C:\\new\\nick\\train.py", line 3, in <module>', '    import torch', 'OSError: [WinError 126] The specified module could not be found. Error loading "C:\\new\\lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.'].join('\n');
    const kubectl = ['{', '  "status": {', '    "allocatable": {', '      "cpu": "8",', '      "nvidia.com/gpu": "0"', '    },', '    "capacity": {', '      "nvidia.com/gpu": "0"', '    }', '  }', '}'].join('\n');
    const printed = ['$ python check.py', "b'CUDA available: False\\n'", 'torch 2.3.0+cpu', 'done'].join('\n');
    for (const log of [traceback, kubectl, printed, corpusLog('thr-xformers-cpu-torch-1')]) expect(isJsonEscapedPaste(Buffer.from(log))).toBe(false);
  });
});
