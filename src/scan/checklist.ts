// The checklist a person reads, layer by layer (system → driver → CUDA → cuDNN → Python → frameworks),
// then the planner's recommendation: each line is a status and a message key with values; the texts live
// in locales/scan/<lang>.json.
import { majorMinor } from '../knowledge/version.js';
import type { CheckStatus, ImportProbe, PythonInfo, ScanData } from './model.js';
import type { ScanRun, Section, SectionFailure } from './scan.js';
import { primaryPython } from './facts.js';
import { scanAdvice, type FrameworkAdvice } from './advice.js';
import type { Combination, DriverVerdict } from '../plan/types.js';

export type Layer = Section | 'recommended';

/** A part of a line that is itself a message (a clause that is there or not): localised before the line. */
export interface Part { key: string; vars?: Record<string, string | number> }
/** a Part is localised before it fills its slot; a list of Parts is localised and joined */
export type LineVars = Record<string, string | number | Part | Part[]>;

export interface CheckLine {
  layer: Layer;
  status: CheckStatus;
  key: string;
  vars: LineVars;
  /** indented detail under the line before */
  detail?: boolean;
}

export const LAYERS: Layer[] = ['system', 'driver', 'cuda', 'cudnn', 'python', 'frameworks', 'recommended'];

/** `advice` defaults to the planner's advice for this scan (scan-command passes the one it also prints as JSON). */
export function buildChecklist(run: ScanRun, advice: FrameworkAdvice[] = scanAdvice(run.data)): CheckLine[] {
  const { data } = run;
  const lines: CheckLine[] = [];
  const add = (layer: Layer, status: CheckStatus, key: string, vars: CheckLine['vars'] = {}, detail = false): void => {
    lines.push({ layer, status, key, vars, ...(detail ? { detail } : {}) });
  };
  const sys = data.system;
  add('system', sys.os === 'wsl1' ? 'fail' : 'ok', `os.${sys.os}`, { arch: sys.arch, kernel: sys.kernel });
  if (sys.container) add('system', 'ok', 'container', { kind: sys.container }, true);

  for (const layer of run.notApplicable) add(layer, 'na', 'notApplicable.macos');
  if (!run.notApplicable.includes('driver')) driverLines(data, add);
  if (!run.notApplicable.includes('cuda')) cudaLines(data, add);
  if (!run.notApplicable.includes('cudnn')) cudnnLines(data, add);
  pythonLines(data, add);
  frameworkLines(data, add);

  for (const [layer, f] of Object.entries(run.crashed) as [Section, SectionFailure][]) {
    if ('timeoutSeconds' in f) add(layer, 'crashed', 'crashed.timeout', { seconds: f.timeoutSeconds });
    else add(layer, 'crashed', 'crashed', { why: f.error });
  }
  // the driver belongs to Windows (WSL) or to the host (a container): say where to install it
  const where = run.data.system.container ? 'Container' : run.data.system.os === 'wsl2' || run.data.system.os === 'wsl1' ? 'Wsl' : '';
  for (const a of advice) lines.push(...adviceLines(a, where));
  return LAYERS.flatMap((l) => lines.filter((x) => x.layer === l));
}

type Add = (layer: Layer, status: CheckStatus, key: string, vars?: CheckLine['vars'], detail?: boolean) => void;

const FRAMEWORK = { pytorch: 'PyTorch', tensorflow: 'TensorFlow' } as const;
const DRIVER_STATUS: Record<DriverVerdict, CheckStatus> = { ok: 'ok', recommended: 'warn', unknown: 'warn', required: 'fail' };
const pythonRange = (x: Combination): string => x.python.ranges.map(([a, b]) => (a === b ? a : `${a}–${b}`)).join(', ');
/** The command that installs the framework (a WSL2 route starts with setting WSL up), in the interpreter that holds it. */
function installCommand(x: Combination, python: string | undefined): string {
  const cmd = x.commands.find((c) => /\bpip install\b/.test(c)) ?? x.commands[0] ?? '';
  if (!python || x.route === 'tf-wsl2') return cmd;
  return cmd.replace(/^python3? -m pip /, `${/\s/.test(python) ? `"${python}"` : python} -m pip `);
}

/** The planner's advice for one framework in two lines: the combination, then the driver verdict and the command. */
export function adviceLines(a: FrameworkAdvice, where: '' | 'Container' | 'Wsl' = ''): CheckLine[] {
  const line = (status: CheckStatus, key: string, vars: LineVars, detail = false): CheckLine =>
    ({ layer: 'recommended', status, key, vars, ...(detail ? { detail } : {}) });
  const framework = FRAMEWORK[a.framework];
  const c = a.constraints;
  const x = a.choice.best;
  if (!x) {
    const reason = a.choice.plan.noFit?.reasons[0]?.key.replace(/^plan\.reason\./, '');
    const relaxed = a.choice.plan.noFit?.relaxed[0];
    const source = a.choice.plan.noFit?.sourceBuild;
    const vars: LineVars = { framework, cc: c.cc ?? '', python: c.python ?? '', version: relaxed?.version ?? '', range: relaxed ? pythonRange(relaxed) : '', toolkit: source?.toolkit ?? '' };
    if (reason === 'macos') return [line('na', 'advice.noFit.macos', vars)];
    if (reason === 'python' && relaxed) return [line('warn', 'advice.noFit.python', vars)];
    if (reason === 'gpu') return [line('fail', source ? 'advice.noFit.gpuSource' : 'advice.noFit.gpu', vars)];
    return [line('warn', 'advice.noFit.other', vars)];
  }
  const installed = a.installed?.version ?? '';
  const keep: Part = !a.installed ? { key: 'advice.fresh' } : a.choice.kept ? { key: 'advice.keep', vars: { installed } }
    : { key: `advice.change.${a.choice.notKept ?? 'unknown-release'}`, vars: { installed, python: c.python ?? '', cc: c.cc ?? '' } };
  const newest: Part | string = a.newest ? { key: `advice.newest.${a.newest.route}`, vars: { version: a.newest.version, index: a.newest.wheelIndex ?? '', cuda: a.newest.cuda } } : '';
  const ptx: Part | string = x.gpu === 'ptx' ? { key: 'advice.ptx', vars: { cc: c.cc ?? '' } } : '';
  const first = line(a.installed && !a.choice.kept ? 'warn' : 'ok', `advice.combo.${x.route}`, {
    framework, version: x.version, index: x.wheelIndex ?? '', cuda: x.cuda, cudnn: x.cudnn ?? '?', python: pythonRange(x), keep, newest, ptx,
  });
  const toolkit = x.toolkitDriver && x.toolkitDriver !== x.minDriver ? x.toolkitDriver : undefined;
  const driver = line(DRIVER_STATUS[x.driver], `advice.driver.${x.driver}${x.driver === 'ok' ? '' : where}`, {
    driver: c.driver ?? '', min: x.minDriver, cuda: x.cuda, cmd: installCommand(x, a.installed?.python),
    recommended: toolkit ? { key: 'advice.driver.toolkit', vars: { toolkit } } : '',
  }, true);
  return [first, driver];
}

function driverLines(data: ScanData, add: Add): void {
  const d = data.driver;
  if (d.driverVersion) {
    add('driver', 'ok', d.cudaVersion ? 'driver.ok' : 'driver.okNoCuda', { version: d.driverVersion, cuda: d.cudaVersion ?? '' });
    if (d.source) add('driver', 'ok', 'driver.source', { source: d.source }, true);
  } else if (d.nvidiaSmi === 'not-found') add('driver', 'fail', data.system.container ? 'driver.notFoundContainer' : 'driver.notFound');
  else if (d.nvidiaSmi === 'timeout') add('driver', 'crashed', 'driver.timeout');
  else add('driver', 'fail', 'driver.failed', { error: (d.error ?? '').split(/\r?\n/).find((l) => l.trim()) ?? '' });
  for (const g of d.gpus) add('driver', 'ok', 'gpu', { name: g.name, cc: g.computeCapability ?? '?', mem: g.memoryMiB ? `${Math.round(g.memoryMiB / 1024)} GiB` : '?' }, true);
  if (d.driverVersion && d.gpus.length === 0) add('driver', 'warn', 'driver.noGpu', {}, true);
}

function cudaLines(data: ScanData, add: Add): void {
  const win = data.system.os === 'windows';
  if (data.toolkits.length === 0) add('cuda', 'warn', 'cuda.none');
  for (const t of data.toolkits) {
    const missing = t.libraries.filter((l) => !l.present);
    add('cuda', missing.length ? 'warn' : 'ok', 'cuda.toolkit', { version: t.version ?? '?', path: t.path, from: t.versionFrom ?? '?' });
    if (missing.length) add('cuda', 'warn', 'cuda.libsMissing', { libs: missing.map((l) => l.file).join(', ') }, true);
    const onSearch = win ? t.pathIndex : t.libPathIndex ?? t.pathIndex;
    add('cuda', onSearch === undefined ? 'warn' : 'ok', onSearch === undefined ? (win ? 'cuda.binNotOnPath' : 'cuda.libNotOnPath') : 'cuda.onPath', { index: (onSearch ?? 0) + 1, dir: (win ? t.binDir : t.libDir) ?? t.path }, true);
  }
  if (data.nvccOnPath) add('cuda', 'ok', 'cuda.nvcc', { path: data.nvccOnPath.path, version: data.nvccOnPath.version ?? '?' });
  else if (data.toolkits.length) add('cuda', 'warn', 'cuda.nvccMissing');
  const majors = new Set(data.toolkits.map((t) => t.version && majorMinor(t.version)));
  if (majors.size > 1) add('cuda', 'warn', 'cuda.several', { versions: [...majors].join(', ') });
}

function cudnnLines(data: ScanData, add: Add): void {
  if (data.cudnn.length === 0) add('cudnn', 'warn', 'cudnn.none');
  for (const c of data.cudnn) add('cudnn', 'ok', 'cudnn.found', { version: c.version ?? c.major ?? '?', dir: c.dir, files: c.files.slice(0, 4).join(', ') });
  if (data.zlib?.needed) add('cudnn', data.zlib.found ? 'ok' : 'fail', data.zlib.found ? 'cudnn.zlibFound' : 'cudnn.zlibMissing', { path: data.zlib.found ?? '' });
}

function pythonLines(data: ScanData, add: Add): void {
  if (data.pythons.length === 0) add('python', 'warn', 'python.none');
  const main = primaryPython(data.pythons);
  for (const py of data.pythons) {
    if (py.error) { add('python', 'crashed', 'python.error', { path: py.path, error: py.error }); continue; }
    add('python', py.bits === 32 ? 'fail' : 'ok', 'python.found', {
      version: py.version ?? '?', bits: py.bits ?? '?', path: py.path,
      by: py.foundBy.map((b) => ({ key: `python.by.${b}` })), onPath: py.onPath ? { key: 'python.onPath' } : '',
    });
    const shown = py.packages.filter((p) => !p.name.startsWith('nvidia-'));
    const wheels = py.packages.length - shown.length;
    if (shown.length || wheels) add('python', 'ok', 'python.packages', { list: shown.map((p) => `${p.name} ${p.version}`).join(', ') + (wheels ? ` (+${wheels} nvidia-*)` : '') }, true);
    if (py.onPath && main && main !== py && !py.torch && !py.tf && (main.torch || main.tf)) add('python', 'warn', 'python.frameworksElsewhere', { path: main.path }, true);
  }
}

function probeLine(add: Add, name: string, probe: ImportProbe | undefined): void {
  if (!probe) return;
  const why = probe.why ?? probe.reason ?? '';
  if (probe.status === 'skipped') add('frameworks', 'skipped', 'fw.importSkipped', { name, why }, true);
  else if (probe.status === 'timeout') add('frameworks', 'crashed', 'fw.importTimeout', { name, why }, true);
  else if (probe.status === 'failed') add('frameworks', 'fail', 'fw.importFailed', { name, why }, true);
}

function smokeLines(add: Add, name: string, probe: ImportProbe | undefined): void {
  const smoke = probe?.data?.smoke as Record<string, Record<string, number>> | undefined;
  if (!smoke) return;
  const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(2)} ms`);
  for (const op of ['matmul', 'conv']) {
    const cpu = smoke.cpu?.[op];
    const gpu = smoke.gpu?.[op];
    add('frameworks', 'ok', gpu === undefined ? 'fw.smokeCpuOnly' : 'fw.smoke', { name, op, cpu: fmt(cpu), gpu: fmt(gpu), ratio: cpu && gpu ? (cpu / gpu).toFixed(1) : '' }, true);
  }
  if (!smoke.gpu) add('frameworks', 'skipped', 'fw.smokeGpuSkipped', { name }, true);
}

function frameworkLines(data: ScanData, add: Add): void {
  const withFw = data.pythons.filter((p: PythonInfo) => p.torch || p.tf);
  if (withFw.length === 0) add('frameworks', 'warn', 'fw.none');
  for (const py of withFw) {
    if (py.torch) {
      const t = py.torchProbe?.data;
      const cpu = py.torch.cuda === null;
      add('frameworks', cpu ? 'warn' : 'ok', cpu ? 'fw.torchCpu' : 'fw.torchCuda', { version: py.torch.version ?? '?', cuda: py.torch.cuda ?? '', path: py.path });
      if (py.torchProbe?.status === 'ok' && t) {
        add('frameworks', t.available ? 'ok' : 'fail', t.available ? 'fw.torchAvailable' : 'fw.torchNotAvailable', { devices: ((t.devices as { name: string; cc: string }[]) ?? []).map((d) => `${d.name} (sm ${d.cc})`).join(', '), arch: ((t.archList as string[]) ?? []).join(' ') }, true);
      }
      probeLine(add, 'torch', py.torchProbe);
      smokeLines(add, 'torch', py.torchProbe);
    }
    if (py.tf) {
      const f = py.tfProbe?.data;
      add('frameworks', 'ok', py.tf.isCudaBuild === false ? 'fw.tfCpu' : 'fw.tf', { version: py.tf.version ?? '?', cuda: py.tf.cuda ?? '?', cudnn: py.tf.cudnn ?? '?', path: py.path });
      if (py.tfProbe?.status === 'ok' && f) {
        const gpus = (f.gpus as string[]) ?? [];
        add('frameworks', gpus.length ? 'ok' : 'fail', gpus.length ? 'fw.tfGpus' : 'fw.tfNoGpu', { gpus: gpus.join(', ') }, true);
      }
      probeLine(add, 'tensorflow', py.tfProbe);
      smokeLines(add, 'tensorflow', py.tfProbe);
    }
  }
}
