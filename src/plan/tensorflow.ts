// TensorFlow candidates from tensorflow-tested-builds.csv. Linux / WSL2: the Linux GPU rows
// (tensorflow[and-cuda] from 2.14, system CUDA + cuDNN before). Native Windows: the Windows GPU rows, which
// end at 2.10 (CUDA 11.2, cuDNN 8.1); a Windows user is also offered the WSL2 route with the Linux rows.
import { table } from '../knowledge/tables.js';
import { archCovers, parseArchList, toolkitArch } from '../knowledge/arch.js';
import { driverFloor } from '../knowledge/driver-floor.js';
import { rowRef, type RowRef } from '../knowledge/row-ref.js';
import { compareVersions, majorMinor } from '../knowledge/version.js';
import { versionInCell } from '../knowledge/cells.js';
import { atLeast, driverVerdict, pythonFits, pythonRanges } from './common.js';
import type { Combination, Constraints, GpuCoverage, Note, Route } from './types.js';
import routes from './routes.json' with { type: 'json' };

type Row = Record<string, string>;
const TF = routes.tensorflow;

/** TF 1.x tables write "9" for CUDA 9.0 and "7" for cuDNN 7.x. */
const cudaOf = (cell: string): string => (/^\d+$/.test(cell.trim()) ? `${cell.trim()}.0` : cell.trim());

/** The rows that say which architectures a TF build has: pip.md's sentence and the build's CUDA toolkit. */
function tfGpu(cuda: string, cc: string | undefined): { gpu: GpuCoverage; refs: RowRef[]; note?: Note } {
  const pipRow = table('arch-support').find((r) => r.kind === 'tensorflow_pip');
  const tk = toolkitArch(cuda);
  const refs: RowRef[] = [];
  if (pipRow) refs.push(rowRef('arch-support', pipRow, ['subject', 'min_cc', 'arch_list', 'ptx_included']));
  if (tk) refs.push(rowRef('arch-support', tk.row, ['subject', 'min_cc', 'max_cc']));
  if (!cc) return { gpu: 'unknown', refs };
  if (!pipRow || !tk) return { gpu: 'none', refs };
  // pip.md: "3.5, 5.0, 6.0, 7.0, 7.5, 8.0 and higher", PTX only for the newest arch; the toolkit bounds both ends
  const list = parseArchList(pipRow.arch_list ?? '')
    .filter((e) => (compareVersions(e.cc, tk.minCc) ?? -1) >= 0 && (compareVersions(e.cc, tk.maxCc) ?? 1) <= 0);
  list.push({ cc: tk.maxCc, ptx: true });
  const gpu = archCovers(list, cc);
  const shown = list.map((e) => e.cc + (e.ptx ? '+PTX' : '')).join(';');
  return { gpu, refs, note: gpu === 'none' ? undefined : { key: `plan.note.gpu.${gpu}`, vars: { cc, list: shown } } };
}

/** The Python an environment is created with: the one asked for when the build supports it, else the newest supported. */
function envPython(c: Constraints, min: string, max: string, raw: string | undefined): string {
  return c.python && pythonFits(pythonRanges(raw, min, max), c.python) ? majorMinor(c.python)! : max;
}

const fill = (cmds: string[], python: string): string[] => cmds.map((s) => s.replace('{{python}}', python));

function pipLine(version: string, py: string, extra: boolean, pin?: string): string[] {
  const mm = majorMinor(version)!;
  // a patch release asked for (--version 2.10.1) is installed exactly; the tables list one row per minor release
  const spec = pin && pin.split('.').length >= 3 && majorMinor(pin) === mm ? pin : `${mm}.*`;
  const name = extra ? 'tensorflow[and-cuda]' : atLeast(version, TF.plainPackageHasGpuFrom.value) ? 'tensorflow' : 'tensorflow-gpu';
  const numpy = atLeast(version, routes.numpyBelow2Before.tensorflow) ? '' : ' "numpy<2"';
  return [`${py} -m pip install "${name}==${spec}"${numpy}`];
}

function candidate(row: Row, c: Constraints, route: Route, os: Combination['os']): Combination | undefined {
  const version = row.tf_version!;
  const min = versionInCell(row.python_min);
  const max = versionInCell(row.python_max);
  if (!min || !max || !row.cuda) return undefined;
  const cuda = cudaOf(row.cuda);
  const cudnn = row.cudnn?.trim() || undefined;
  const floor = driverFloor(cuda, os !== 'linux');
  if (!floor) return undefined;
  const andCuda = os !== 'windows' && atLeast(version, TF.andCudaFrom.value);
  const sources: RowRef[] = [rowRef('tensorflow-tested-builds', row, ['tf_version', 'os', 'device', 'python_versions_raw', 'cuda', 'cudnn', 'package'])];
  const notes: Note[] = [];
  const g = tfGpu(cuda, c.cc);
  sources.push(...g.refs, floor.floorRef);
  if (floor.toolkitRef && floor.toolkitRef.line !== floor.floorRef.line) sources.push(floor.toolkitRef);
  if (g.note) notes.push(g.note);

  const commands: string[] = [];
  const vars = { version, cuda, cudnn: cudnn ?? '?' };
  if (route === 'tf-windows-native') {
    notes.push({ key: 'plan.note.tfWindowsNative', vars: { ...vars, line: sources[0]!.line } });
    const python = envPython(c, min, max, row.python_versions_raw);
    // the guide's recipe: a conda env of a supported Python, CUDA and cuDNN from conda-forge; else a venv and a system CUDA
    if (cuda === TF.windowsCondaRecipe.cuda && cudnn === TF.windowsCondaRecipe.cudnn) {
      commands.push(...fill(TF.windowsEnv.conda, python), TF.windowsCondaRecipe.command);
    } else {
      notes.push({ key: 'plan.note.installSystemCuda', vars: { ...vars, cudaUrl: TF.cudaArchive, cudnnUrl: TF.cudnnArchive } });
      commands.push(...fill(TF.windowsEnv.venv, python));
    }
    commands.push(...pipLine(version, 'python', false, c.version));
  } else {
    // before tensorflow[and-cuda] (2.14) CUDA 11.2 / cuDNN 8.1 come from conda-forge in a conda env, as the guide did
    const condaCuda = !andCuda && cuda === TF.linuxCondaRecipe.cuda && cudnn === TF.linuxCondaRecipe.cudnn;
    if (route === 'tf-wsl2') {
      notes.push({ key: 'plan.note.tfWsl2', vars: { line: sources[0]!.line } });
      commands.push('wsl --install -d Ubuntu', 'wsl -d Ubuntu');
      if (condaCuda) commands.push(...TF.linuxCondaRecipe.miniconda);
      else commands.push('sudo apt-get update && sudo apt-get install -y python3-venv python3-pip', 'python3 -m venv ~/venv-tf && . ~/venv-tf/bin/activate');
    }
    if (andCuda) notes.push({ key: 'plan.note.tfAndCuda', vars });
    else if (!condaCuda) notes.push({ key: 'plan.note.installSystemCuda', vars: { ...vars, cudaUrl: TF.cudaArchive, cudnnUrl: TF.cudnnArchive } });
    if (condaCuda) commands.push(...fill(TF.linuxCondaRecipe.commands, envPython(c, min, max, row.python_versions_raw)));
    commands.push(...pipLine(version, condaCuda ? 'python' : 'python3', andCuda, c.version));
  }
  commands.push(os === 'windows' ? TF.check : TF.check.replace(/^python /, 'python3 '));
  return {
    framework: 'tensorflow', version, os, route,
    python: { min, max, ranges: pythonRanges(row.python_versions_raw, min, max) },
    cuda, cudnn, bundled: andCuda,
    minDriver: floor.floor, toolkitDriver: floor.toolkit, driver: driverVerdict(c.driver, floor.floor, floor.toolkit),
    gpu: g.gpu, commands, notes, sources,
  };
}

export function tensorflowCandidates(c: Constraints): Combination[] {
  if (c.os === 'macos') return [];
  const rows = table('tensorflow-tested-builds').filter((r) => r.device === 'gpu');
  const out: (Combination | undefined)[] = [];
  if (c.os === 'windows') {
    for (const r of rows.filter((r) => r.os === 'windows')) out.push(candidate(r, c, 'tf-windows-native', 'windows'));
    for (const r of rows.filter((r) => r.os === 'linux')) out.push(candidate(r, c, 'tf-wsl2', 'wsl'));
  } else {
    for (const r of rows.filter((r) => r.os === 'linux')) {
      out.push(candidate(r, c, atLeast(r.tf_version!, TF.andCudaFrom.value) ? 'tf-and-cuda' : 'tf-system-cuda', c.os));
    }
  }
  return out.filter((x): x is Combination => !!x);
}

/** The newest TF release whose tested CUDA is at most `cuda` (for a source build on an old card). */
export function newestTensorflowUpTo(cuda: string | undefined): Row | undefined {
  return table('tensorflow-tested-builds')
    .filter((r) => r.os === 'linux' && r.device === 'gpu' && r.cuda && (!cuda || (compareVersions(cudaOf(r.cuda), cuda) ?? 1) <= 0))
    .sort((a, b) => compareVersions(b.tf_version, a.tf_version) ?? 0)[0];
}
