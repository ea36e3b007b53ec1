// Commands in fix steps made exact for what the log shows: the versions come from the knowledge tables
// (the torch wheel variants a release has, the CUDA / cuDNN a TensorFlow release was tested with), the
// interpreter is the one the log ran (a venv, a conda env, ComfyUI's embedded Python), and a torch that
// Debian's apt installed is not handed to pip.
import { table, tensorflowBuilds, torchRelease } from '../knowledge/tables.js';
import { compareVersions, majorMinor } from '../knowledge/version.js';
import type { FactMap } from '../facts/derive.js';
import type { Messages } from '../i18n/messages.js';
import { stepCondition } from './context.js';

const TORCH_INDEX = 'https://download.pytorch.org/whl';
/** a clean version cell ("0.18.1"), not "?" or "0.28.0 (minor 0.28 per …)" */
const cleanVersion = (cell: string | undefined): string | undefined => (/^\d+(?:\.\d+)+$/.test(cell?.trim() ?? '') ? cell!.trim() : undefined);

const str = (facts: FactMap, name: string): string | undefined => {
  const v = facts.get(name)?.value;
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === 'string' || typeof one === 'number' ? String(one) : undefined;
};

/** "cu121" → "12.1" */
const cudaOfTag = (tag: string): string => tag.replace(/^cu(\d+)(\d)$/, '$1.$2');

/** The torch release the advice is for: the one the log shows, else the newest released one in the tables. */
function torchRow(facts: FactMap): Record<string, string> | undefined {
  const seen = str(facts, 'torchVersion');
  if (seen) return torchRelease(seen);
  return table('pytorch-builds').find((r) => r.status === 'released');
}

/**
 * Placeholder values computed from the facts and the tables, for rule steps that write `{{name|fallback}}`:
 * torchCudaInstall (the whole pip command), torchWheelNote (which cuXXX the release has), tfTestedPair.
 */
export function commandValues(facts: FactMap, t: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  const row = torchRow(facts);
  const tags = (row?.cuda_wheels ?? '').split(';').map((s) => s.trim()).filter((s) => /^cu\d{2,3}$/.test(s));
  if (row && tags.length) {
    // the newest variant the driver runs (nvidia-smi's "CUDA Version"); with the driver unknown, the CUDA of
    // the release's default PyPI wheel (the newest variants are often experimental)
    const driverCuda = str(facts, 'driverCudaMax');
    const cudas = tags.map(cudaOfTag); // (each tag's CUDA worked out once, not once per comparison)
    const fits = driverCuda ? tags.filter((_tag, i) => (compareVersions(cudas[i]!, driverCuda) ?? 1) <= 0) : [];
    const pypi = /^\d+\.\d+/.exec(row.pypi_default_cuda ?? '')?.[0];
    const tag = fits.at(-1) ?? tags.find((_x, i) => cudas[i] === pypi) ?? tags.at(-1)!;
    const release = row.torch_version!;
    const pinned = !!str(facts, 'torchVersion');
    const pins = pinned
      ? [`torch==${release}`, ...(['torchvision', 'torchaudio'] as const).flatMap((p) => (cleanVersion(row[p]) ? [`${p}==${cleanVersion(row[p])}`] : [p]))]
      : ['torch', 'torchvision', 'torchaudio'];
    out.torchCudaInstall = `pip install ${pins.join(' ')} --index-url ${TORCH_INDEX}/${tag}`;
    out.torchWheelNote = t('advice.torchWheels', { release, tags: tags.join(' / ') });
  }
  const tf = str(facts, 'tfVersion');
  if (tf) {
    const os = str(facts, 'os') === 'windows' ? 'windows' : 'linux';
    const gpu = tensorflowBuilds(tf, os).find((r) => r.device === 'gpu' && r.cuda);
    if (gpu) out.tfTestedPair = `TF ${majorMinor(tf)} → CUDA ${gpu.cuda} + cuDNN ${gpu.cudnn}`;
  }
  return out;
}

// `pip install` / `python -m pip install` / `python3 -c …` as a command (not %pip, not part of a path)
const PIP = /(?<![\w%./\\-])(?:python3? -m )?pip3?(?= (?:install|uninstall|show|list|download|check|freeze)\b)/g;
const PYTHON = /(?<![\w./\\-])python3?(?= -[cmsu]\b)/g;
const PIP_REMOVES_TORCH = /\bpip3? uninstall\b[^`;]*\btorch\b/;
// a step that makes or enters another environment: its commands run in that one, not in the log's
const SWITCHES_ENV = /-m venv\b|\bconda (?:create|activate)\b|\bactivate\b|\bwsl\b|\bvirtualenv\b/i;
// a step that enters that environment as a command (not one naming WSL in passing): the steps after it run there too
const ENTERS_ENV = /-m venv\b|\bconda (?:create|activate)\b|\bvirtualenv\b|(?:^|[\s`&;])(?:source|\.) \S*activate\b|\bwsl(?:\.exe)? (?:--install|-d|--distribution)\b|^(?:inside|in) (?:wsl2?|ubuntu)\b/i;

/** A Windows interpreter only in steps for Windows (or for any system), a POSIX one never in Windows steps. */
function sameSystem(step: string, python: string): boolean {
  const only = stepCondition(step)?.only;
  if (!only) return true;
  const windows = /^(?:[a-z]:[\\/]|\.\\|\\\\)/i.test(python);
  return windows ? only.includes('windows') : only.some((tag) => tag !== 'windows');
}

/**
 * A fix's steps with their commands fitted to the log: the log's interpreter, no pip removal of Debian's torch.
 * Once a step makes or enters another environment (a venv, conda env, WSL), it and the steps after it run there,
 * so they keep their own `python` (a WSL check is never turned into the log's Windows python.exe).
 */
export function fitCommands(steps: string[], facts: FactMap, t: Messages): string[] {
  // the log's interpreter; in a scan, the one holding the frameworks when it is not the python on PATH
  const python = str(facts, 'pythonExe') ?? (facts.get('frameworksOutsidePathPython')?.value === true ? str(facts, 'pythonPath') : undefined);
  const exe = python && /\s/.test(python) ? `"${python}"` : python;
  let elsewhere = false;
  return steps.map((step) => {
    if (facts.get('torchFromApt')?.value === true && PIP_REMOVES_TORCH.test(step)) return t('advice.aptTorch');
    const here = elsewhere;
    elsewhere ||= ENTERS_ENV.test(step);
    if (!python || !exe || here || SWITCHES_ENV.test(step) || !sameSystem(step, python)) return step;
    return step.replace(PIP, `${exe} -m pip`).replace(PYTHON, exe);
  });
}

// A step that opens with a version bound ("Linux / WSL2, TensorFlow ≥ 2.14: …", "… (torch ≤ 2.5)") is for
// those releases only: hidden when the log shows a release outside it.
const BOUND = /\b(tensorflow|tf|torch|pytorch)\s*(≥|>=|≤|<=)\s*(\d+\.\d+)/i;

export function fitsVersions(step: string, facts: FactMap): boolean {
  const label = /^[^:：`]{0,60}[:：]/.exec(step)?.[0] ?? '';
  const trailing = /\(([^()]{0,40})\)[.。]?$/.exec(step)?.[1] ?? '';
  for (const part of [label, trailing]) {
    const m = BOUND.exec(part);
    if (!m) continue;
    const seen = str(facts, /^(tensorflow|tf)$/i.test(m[1]!) ? 'tfVersion' : 'torchVersion');
    const c = seen ? compareVersions(seen.replace(/\+.*$/, ''), m[3]) : undefined;
    if (c === undefined) continue;
    // "≤ 2.5" takes in every 2.5.x
    const atMost = m[2] === '≤' || m[2] === '<=';
    if (atMost ? c > 0 && majorMinor(seen!) !== m[3] : c < 0) return false;
  }
  return true;
}
