// A wrapped dense log costs work in proportion to its size: joining it back (wrapped-lines.ts) and scanning it
// touch each byte a bounded number of times. A buffer search that runs on to the chunk's end from every line is
// quadratic (such a search was on main for 45 minutes: 52 s of CPU on a 21 MB hard-wrapped TF log). Here it
// shows as the bytes that Buffer searches, decodes and copies walk over, per input byte, growing with the input.
// Counted, not timed, so a loaded machine gives the same numbers.
import { describe, expect, it } from 'vitest';
import { decodeLines } from '../src/input/read-log.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';
import { wrapShapeOf } from '../src/engine/wrapped-lines.js';

/** A dense TensorFlow training log (every line a TF logging line, a Keras progress line or a frame), then a real error. */
function denseTfLog(lines: number): string {
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const shapes = [
    (): string => `2021-03-0${1 + rand(9)} 12:${10 + rand(50)}:${10 + rand(50)}.${100000 + rand(899999)}: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1406] Created TensorFlow device (/job:localhost/replica:0/task:0/device:GPU:0 with ${1000 + rand(8999)} MB memory) -> physical GPU (device: 0, name: GeForce GTX 1650, pci bus id: 0000:01:00.0, compute capability: 7.5)`,
    (): string => `Epoch ${1 + rand(99)}/100 - loss: 0.${1000 + rand(8999)} - accuracy: 0.${1000 + rand(8999)} - val_loss: 0.${1000 + rand(8999)} - val_accuracy: 0.${1000 + rand(8999)} - lr: 0.001`,
    (): string => `  File "C:\\Users\\user\\anaconda3\\envs\\tf\\lib\\site-packages\\tensorflow\\python\\keras\\engine\\training.py", line ${100 + rand(2900)}, in fit`,
  ];
  const out = Array.from({ length: lines }, () => shapes[rand(shapes.length)]!());
  out.push("2021-03-09 12:00:01.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:60] Could not load dynamic library 'cudnn64_8.dll'; dlerror: cudnn64_8.dll not found");
  return out.join('\n') + '\n';
}

const hardWrap = (text: string, width: number): string => text.split('\n').flatMap((line) => {
  const pieces: string[] = [];
  for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
  return pieces.length ? pieces : [''];
}).join('\n');

const wordWrap = (text: string, width: number): string => text.split('\n').flatMap((line) => {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let at = rest.lastIndexOf(' ', width);
    if (at <= 0) at = width;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}).join('\n');

type Walk = (this: Buffer, ...args: unknown[]) => unknown;

/** Diagnoses `text` and counts the bytes Buffer.indexOf / lastIndexOf / toString / concat walk over meanwhile. */
async function diagnoseCounting(text: string): Promise<{ perByte: number; ids: string[] }> {
  const proto = Buffer.prototype as unknown as { indexOf: Walk; lastIndexOf: Walk; toString: Walk };
  const saved = { indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, toString: proto.toString };
  const buffer = Buffer as unknown as { concat: (list: readonly Uint8Array[], total?: number) => Buffer };
  const savedConcat = buffer.concat;
  let walked = 0;
  proto.indexOf = function (this: Buffer, value: unknown, offset?: unknown, enc?: unknown) {
    const r = saved.indexOf.call(this, value, offset, enc) as number;
    const from = typeof offset === 'number' ? (offset < 0 ? Math.max(0, this.length + offset) : offset) : 0;
    walked += Math.max(0, (r >= 0 ? r : this.length) - from);
    return r;
  };
  proto.lastIndexOf = function (this: Buffer, value: unknown, offset?: unknown, enc?: unknown) {
    const r = saved.lastIndexOf.call(this, value, offset, enc) as number;
    const from = typeof offset === 'number' ? (offset < 0 ? this.length + offset : Math.min(offset, this.length - 1)) : this.length - 1;
    walked += Math.max(0, from - (r >= 0 ? r : 0));
    return r;
  };
  proto.toString = function (this: Buffer, enc?: unknown, start?: unknown, end?: unknown) {
    walked += Math.max(0, Math.min(this.length, typeof end === 'number' ? end : this.length) - (typeof start === 'number' ? start : 0));
    return saved.toString.call(this, enc, start, end);
  };
  buffer.concat = (list, total) => {
    const r = savedConcat(list, total);
    walked += r.length;
    return r;
  };
  try {
    const input = Buffer.from(text);
    const d = await diagnoseChunks(decodeLines([input]));
    return { perByte: walked / input.length, ids: d.findings.map((f) => f.rule.id) };
  } finally {
    Object.assign(proto, saved);
    buffer.concat = savedConcat;
  }
}

describe('a wrapped dense log costs work in proportion to its size', () => {
  it.each([
    ['hard-wrapped at 80', (t: string) => hardWrap(t, 80), 'hard'],
    ['word-wrapped at 100', (t: string) => wordWrap(t, 100), 'word'],
  ] as const)('%s: bytes walked per input byte stay flat from 0.5 MB to 2 MB', async (_name, wrap, mode) => {
    const small = wrap(denseTfLog(2_500));
    const large = wrap(denseTfLog(10_000));
    // the wrap is recognised, so the joining path is the one measured
    expect(wrapShapeOf(Buffer.from(large))?.mode).toBe(mode);
    const a = await diagnoseCounting(small);
    const b = await diagnoseCounting(large);
    // the error at the end is still found through the joined lines
    expect(a.ids).toContain('cudnn-missing');
    expect(b.ids).toContain('cudnn-missing');
    // linear: four times the log, about the same walk per byte (a quadratic search would make it four times larger)
    expect(b.perByte).toBeLessThan(a.perByte * 1.3);
    expect(b.perByte).toBeLessThan(20);
  });
});
