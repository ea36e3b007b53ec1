// Scan-side questions to the version tables (knowledge/*.json through src/knowledge/tables.ts): which
// library files a toolkit version should have, which CUDA majors a cuDNN release supports, which
// torchvision belongs to a torch release, which Python versions a framework release supports.
// Every answer comes from a table row; "?" cells give no answer, so no rule fires on a guess.
import { table, tensorflowBuilds, torchRelease } from '../knowledge/tables.js';
export { torchPythonFit } from '../knowledge/tables.js';
import { compareVersions, majorMinor, parseVersion } from '../knowledge/version.js';
import { versionInCell } from '../knowledge/cells.js';

const versionsIn = (cell: string | undefined): string[] => [...(cell ?? '').matchAll(/\d+(?:\.\d+)+/g)].map((m) => m[0]);

/** Does a subject such as "CUDA 11.1 - 11.8", "CUDA 9.1 / 9.2", "CUDA 12.x", "8.9.0 - 8.9.4" cover a version? */
export function subjectCovers(subject: string, version: string): boolean {
  const s = subject.replace(/\(.*?\)/g, '');
  const major = parseVersion(version)?.[0];
  const family = /(\d+)\.x\b/.exec(s);
  if (family) return Number(family[1]) === major;
  const range = /(\d+(?:\.\d+)+)\s*-\s*(\d+(?:\.\d+)+)/.exec(s);
  if (range) {
    const depth = range[1]!.split('.').length;
    const v = (parseVersion(version) ?? []).slice(0, depth).join('.');
    return (compareVersions(v, range[1]) ?? -1) >= 0 && (compareVersions(v, range[2]) ?? 1) <= 0;
  }
  return versionsIn(s).some((cand) => {
    const depth = cand.split('.').length;
    return (parseVersion(version) ?? []).slice(0, depth).join('.') === cand;
  });
}

const LIB_COLUMNS = ['cudart', 'cublas', 'cufft', 'curand', 'cusolver', 'cusparse'] as const;

/** Windows DLL names a CUDA toolkit of this version ships in bin\ (one list per library, alternatives allowed). */
export function expectedWindowsDlls(cudaVersion: string): { name: string; files: string[] }[] {
  const row = table('windows-dll-names').find((r) => r.kind === 'cuda_toolkit' && subjectCovers((r.subject ?? '').replace(/^CUDA\s*/, ''), cudaVersion));
  if (!row) return [];
  const out: { name: string; files: string[] }[] = [];
  for (const col of LIB_COLUMNS) {
    const files = [...(row[col] ?? '').matchAll(/\b\w+\.dll\b/g)].map((m) => m[0].toLowerCase());
    if (files.length) out.push({ name: col, files });
  }
  return out;
}

/** Library names a Linux toolkit should have (the soname stem; any soname version counts). */
export const LINUX_TOOLKIT_LIBS = LIB_COLUMNS.map((name) => ({ name, stem: `lib${name}.so` }));

const cudnnRows = () => table('cudnn-cuda');

function cudnnRowIndex(cudnn: string): number {
  return cudnnRows().findIndex((r) => subjectCovers(r.cudnn_version ?? '', cudnn));
}

const majorsOf = (cell: string | undefined): string[] =>
  [...new Set([...(cell ?? '').replace(/\(\?\)/g, '').matchAll(/\b(\d{1,2})\.(?:\d+|x)\b/g)].map((m) => m[1]!))];

/**
 * CUDA majors a cuDNN release supports. A row whose cell is "?" borrows from its neighbours of the same
 * cuDNN major (the release before and after it).
 */
export function cudnnCudaMajors(cudnn: string): string[] | undefined {
  const rows = cudnnRows();
  const at = cudnnRowIndex(cudnn);
  if (at < 0) return undefined;
  const own = majorsOf(rows[at]!.cuda_versions_supported);
  if (own.length) return own;
  const sameMajor = (r: Record<string, string>) => r.cudnn_major === rows[at]!.cudnn_major;
  const before = rows.slice(0, at).reverse().find((r) => sameMajor(r) && majorsOf(r.cuda_versions_supported).length);
  const after = rows.slice(at + 1).find((r) => sameMajor(r) && majorsOf(r.cuda_versions_supported).length);
  const merged = [...new Set([...majorsOf(before?.cuda_versions_supported), ...majorsOf(after?.cuda_versions_supported)])];
  return merged.length ? merged : undefined;
}

/** cuDNN 8.3–8.9 on Windows needs zlibwapi.dll (the table's zlibwapi_required_windows column). */
export function cudnnNeedsZlibwapi(cudnn: string): boolean | undefined {
  const row = cudnnRows()[cudnnRowIndex(cudnn)];
  if (!row) return undefined;
  return /^yes/i.test(row.zlibwapi_required_windows ?? '');
}

/** The torchvision release that belongs to a torch release ("2.1.0" → "0.16.0"). */
export function torchvisionFor(torch: string): string | undefined {
  return versionInCell(torchRelease(torch)?.torchvision);
}

export function torchaudioFor(torch: string): string | undefined {
  return versionInCell(torchRelease(torch)?.torchaudio);
}

/** Python range and tested CUDA / cuDNN of a TensorFlow release on an OS (GPU rows first). */
export function tensorflowTested(tf: string, os: string | undefined): { pythonMin?: string; pythonMax?: string; cuda?: string; cudnn?: string } {
  const tableOs = os === 'windows' ? 'windows' : os === 'macos' ? 'macos' : 'linux';
  const rows = tensorflowBuilds(tf, tableOs);
  const gpu = rows.find((r) => r.device === 'gpu' && versionInCell(r.cuda) !== undefined) ?? rows.find((r) => r.device === 'gpu');
  const any = gpu ?? rows[0];
  if (!any) return {};
  const cuda = gpu?.cuda && /^\d+(?:\.\d+)?$/.test(gpu.cuda.trim()) ? gpu.cuda.trim() : undefined;
  const cudnn = gpu?.cudnn && /^\d+(?:\.\d+)?$/.test(gpu.cudnn.trim()) ? gpu.cudnn.trim() : undefined;
  return { pythonMin: versionInCell(any.python_min), pythonMax: versionInCell(any.python_max), ...(cuda ? { cuda } : {}), ...(cudnn ? { cudnn } : {}) };
}

export { majorMinor };
