// Fixes that must look at the machine before they can be written down: find a file that is already here,
// choose the wheel index from the driver. A rule names one with `"action": { "builder": "<name>" }`.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { installedVersions, torchWheelFor, type TorchWheelChoice } from './pip.js';
import { constraintsFor, planOs } from '../plan/advice.js';
import type { Constraints } from '../plan/types.js';
import { cudaBinFolder, cudaRootFolder, fact, joinLike } from './facts.js';
import type { FixHost } from './host.js';
import type { Action, FactLookup, FixFinding, Risk } from './types.js';
import { fixMessages, type Messages } from './messages.js';

export interface Built { action: Action; risk: Risk; note?: string }
/** `t` gives the manual steps and notes in the user's language (default English). */
export interface BuildContext { finding: FixFinding; facts: FactLookup; host: FixHost; risk?: Risk; t?: Messages }
type Builder = (ctx: BuildContext) => Promise<Built[]>;

const manual = (text: string, link?: string): Built => ({ action: { kind: 'manual', text, ...(link ? { link } : {}) }, risk: 'safe' });
/** a manual step instead of a fix whose folder could not be trusted, with the reason */
const refused = (step: string, reason: string, link?: string): Built => manual(`${step} (${reason})`, link);

/** true for a 64-bit (x86-64) Windows DLL: the PE header's machine field is 0x8664. */
export function isX64Dll(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n < 0x40 || head.toString('latin1', 0, 2) !== 'MZ') return false;
    const pe = head.readUInt32LE(0x3c);
    if (pe + 6 > n || head.toString('latin1', pe, pe + 4) !== 'PE\0\0') return false;
    return head.readUInt16LE(pe + 4) === 0x8664;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function defaultSearchRoots(host: FixHost): string[] {
  const pf = [host.env.ProgramFiles ?? 'C:\\Program Files', host.env['ProgramFiles(x86)']].filter((p): p is string => !!p);
  return pf.flatMap((p) => [join(p, 'NVIDIA Corporation'), join(p, 'NVIDIA GPU Computing Toolkit'), join(p, 'NVIDIA')]);
}

/** Copies of a DLL already on this machine (installed by NVIDIA tools), 64-bit ones only. */
export async function findLocalCopies(host: FixHost, fileName: string): Promise<string[]> {
  const found: string[] = [];
  for (const root of host.searchRoots ?? defaultSearchRoots(host)) {
    if (!existsSync(root)) continue;
    const hits = await fg(`**/${fileName}`, { cwd: root, absolute: true, caseSensitiveMatch: false, deep: 7, suppressErrors: true, followSymbolicLinks: false, onlyFiles: true });
    found.push(...hits.sort().filter(isX64Dll));
  }
  return found;
}

/** The Python version of the interpreter a fix is for: the scan's when it is about this one (pythonPath), else asked. */
async function pythonVersionOf(facts: FactLookup, host: FixHost, python: string | undefined): Promise<string | undefined> {
  const scanned = fact(facts, 'pythonVersion');
  const judged = fact(facts, 'pythonPath');
  if (!python || (scanned && (!judged || judged === python))) return scanned;
  const r = await host.run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { timeoutMs: 20_000 }).catch(() => undefined);
  return /^\d+\.\d+$/.exec(r?.stdout.trim() ?? '')?.[0] ?? scanned;
}

/** Why this wheel: the planner's verdicts in one line. */
function wheelNote(choice: TorchWheelChoice, c: Constraints, installed: string | undefined, t: Messages): string {
  const x = choice.combination;
  const gpu = c.cc ? t(x.gpu === 'sass' ? 'wheel.gpuSass' : 'wheel.gpuPtx', { cc: c.cc }) : t('wheel.gpuUnchecked');
  const driver = x.driver === 'recommended'
    ? t('wheel.driverRecommended', { driver: c.driver ?? '', recommended: x.toolkitDriver ?? '' })
    : t('wheel.driverOk', { driver: c.driver ?? '' });
  const keep = choice.kept ? t('wheel.keeps', { installed: installed ?? '' }) : installed ? t('wheel.noWheel', { installed }) : t('wheel.best');
  return t('wheel.note', { tag: choice.tag, torch: choice.torch, cuda: x.cuda, gpu, driver, pyMin: x.python.min, pyMax: x.python.max, keep });
}

/** No driver seen: where the driver comes from depends on the machine (a container's is the host's, WSL's is Windows'). */
function noDriverStep(facts: FactLookup, t: Messages): Built {
  if (facts.get('inContainer')?.value === true) return manual(t('manual.noDriverContainer'), 'https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/docker-specialized.html');
  if (/^wsl/.test(fact(facts, 'os') ?? '')) return manual(t('manual.noDriverWsl'), 'https://docs.nvidia.com/cuda/wsl-user-guide/index.html');
  return manual(t('manual.noDriver'), 'https://www.nvidia.com/Download/index.aspx');
}

const ZLIB_LINK = 'https://docs.nvidia.com/deeplearning/cudnn/archives/cudnn-890/install-guide/index.html#install-zlib-windows';

export const builders: Record<string, Builder> = {
  /** zlibwapi.dll only from a copy already on this machine — never downloaded from a DLL site */
  async 'zlibwapi-local-copy'({ facts, host, t = fixMessages() }) {
    if (host.os !== 'windows') return [];
    const folder = cudaBinFolder(facts, host, t);
    if (!folder) return [manual(t('manual.zlibNoCuda'), ZLIB_LINK)];
    if ('rejected' in folder) return [refused(t('manual.zlibNoCuda'), folder.rejected, ZLIB_LINK)];
    const bin = folder.path;
    const copies = (await findLocalCopies(host, 'zlibwapi.dll')).filter((p) => p.toLowerCase() !== joinLike(bin, 'zlibwapi.dll').toLowerCase());
    if (!copies.length) return [manual(t('manual.zlibNoCopy', { bin }), ZLIB_LINK)];
    return [{ action: { kind: 'copy-file', from: copies[0]!, to: joinLike(bin, 'zlibwapi.dll') }, risk: 'safe', note: t('note.copyFound', { path: copies[0]! }) }];
  },

  /** TF 2.4 wants cusolver64_10.dll, CUDA 11.1+ ships cusolver64_11.dll: alias it (after the proper fix) */
  async 'cusolver-alias'({ facts, host, t = fixMessages() }) {
    if (host.os !== 'windows') return [];
    const proper = manual(t('manual.cusolverProper'), 'https://www.tensorflow.org/install/source_windows#gpu');
    const folder = cudaBinFolder(facts, host, t);
    if (!folder || 'rejected' in folder || !existsSync(joinLike(folder.path, 'cusolver64_11.dll'))) return [proper];
    const bin = folder.path;
    return [proper, { action: { kind: 'copy-file', from: joinLike(bin, 'cusolver64_11.dll'), to: joinLike(bin, 'cusolver64_10.dll') }, risk: 'workaround' }];
  },

  /**
   * a CUDA build of torch from download.pytorch.org/whl/cuXXX, as the planner chooses it for this machine
   * (OS, driver, GPU compute capability, the interpreter's Python), keeping the installed release if it can
   */
  async 'torch-cuda-wheel'({ finding, facts, host, t = fixMessages() }) {
    const python = fact(facts, 'python', finding.captures);
    const c = constraintsFor('pytorch', facts, { os: planOs(host.os), python: await pythonVersionOf(facts, host, python) });
    const installed = fact(facts, 'torchVersion');
    const choice = c && torchWheelFor(c, installed);
    if (!choice) return [noDriverStep(facts, t)];
    const x = choice.combination;
    const cmd = `python -m pip install torch==${choice.torch} --index-url ${choice.indexUrl}`;
    if (x.driver === 'required') {
      return [manual(t('manual.upgradeDriver', { minDriver: x.minDriver ?? '', driver: c.driver ?? '', torch: choice.torch, command: cmd }), 'https://www.nvidia.com/Download/index.aspx')];
    }
    if (!python) return [manual(t('manual.inYourPython', { command: cmd }), 'https://pytorch.org/get-started/locally/')];
    // reinstall torchvision / torchaudio too when present: their CPU builds do not load with a CUDA torch
    const present = await installedVersions(host.run, python, ['torch', 'torchvision', 'torchaudio']).catch(() => ({} as Record<string, string | null>));
    const pins = [`torch==${choice.torch}+${choice.tag}`];
    const packages = ['torch'];
    for (const name of ['torchvision', 'torchaudio'] as const) {
      if (present[name] && choice.companions[name]) { pins.push(`${name}==${choice.companions[name]}+${choice.tag}`); packages.push(name); }
    }
    return [{
      action: { kind: 'pip', python, args: ['install', ...pins, '--index-url', choice.indexUrl, '--extra-index-url', 'https://pypi.org/simple'], packages },
      risk: 'caution',
      note: wheelNote(choice, c, installed, t),
    }];
  },

  /** the toolkit is installed but not on the search path */
  async 'cuda-on-path'({ facts, host, t = fixMessages() }) {
    const folder = cudaRootFolder(facts, host, t);
    if (!folder) return [];
    if ('rejected' in folder) return [refused(t('manual.cudaOnPath'), folder.rejected)];
    const root = folder.path;
    if (host.os === 'windows') return [{ action: { kind: 'path-add', variable: 'PATH', entry: joinLike(root, 'bin') }, risk: 'safe' }];
    const r = root.replace(/\/+$/, '');
    return [
      { action: { kind: 'path-add', variable: 'PATH', entry: `${r}/bin` }, risk: 'safe' },
      { action: { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: `${r}/lib64` }, risk: 'safe' },
    ];
  },

  /** XLA looks for nvvm/libdevice under the CUDA folder it is told about */
  async 'xla-cuda-data-dir'({ facts, host, t = fixMessages() }) {
    const folder = cudaRootFolder(facts, host, t);
    if (!folder) return [];
    if ('rejected' in folder) return [refused(t('manual.xlaDataDir'), folder.rejected)];
    const root = folder.path;
    // keep the user's other XLA flags; replace only a data dir that points elsewhere
    const others = (host.env.XLA_FLAGS ?? '').split(/\s+/).filter((f) => f && !f.startsWith('--xla_gpu_cuda_data_dir'));
    return [{ action: { kind: 'env-set', name: 'XLA_FLAGS', value: [...others, `--xla_gpu_cuda_data_dir=${root}`].join(' ') }, risk: 'safe' }];
  },
};
