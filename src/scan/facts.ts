// ScanData → the facts rules read. Raw facts use the same names as facts read from a log (docs/RULES.md),
// so every rule serves both; deriveFacts() then adds what the version tables say about them, and
// addTableFacts() the scan-only comparisons (toolkits on PATH, torchvision, Python range, cuDNN vs CUDA).
import type { Evidence, FactValue, LogScanResult } from '../engine/log-scan.js';
import { deriveFacts, type Fact, type FactMap } from '../facts/derive.js';
import { isReleaseVersion, majorMinor, parseVersion } from '../knowledge/version.js';
import type { PythonInfo, ScanData, ToolkitInfo } from './model.js';
import { scanMessages } from './messages.js';
import type { Messages } from '../i18n/messages.js';
import { cudnnCudaMajors, cudnnNeedsZlibwapi, tensorflowTested, torchPythonFit, torchvisionFor } from './tables.js';

type Value = Fact['value'];
const SCAN_WEIGHT = 100; // what the machine says beats what a probe's log text suggests

const major = (v: string | undefined): string | undefined => (v ? parseVersion(v)?.[0]?.toString() : undefined);

/** The interpreter whose frameworks the rules judge: the first (PATH first) that has torch or TensorFlow. */
export function primaryPython(pythons: PythonInfo[]): PythonInfo | undefined {
  const ordered = [...pythons].sort((a, b) => Number(b.onPath) - Number(a.onPath));
  return ordered.find((p) => p.torch || p.tf || p.packages.some((x) => x.name === 'torch')) ?? ordered.find((p) => !p.error) ?? ordered[0];
}

/** The toolkit a build would use: the one whose bin is first on PATH (Windows) / lib first on LD_LIBRARY_PATH, else CUDA_PATH / CUDA_HOME, else the only one. */
export function activeToolkit(data: ScanData): ToolkitInfo | undefined {
  const t = data.toolkits;
  const byIndex = (key: 'pathIndex' | 'libPathIndex') => [...t].filter((x) => x[key] !== undefined).sort((a, b) => a[key]! - b[key]!)[0];
  return byIndex('pathIndex') ?? byIndex('libPathIndex')
    ?? t.find((x) => x.foundBy.some((b) => /^CUDA_(PATH|HOME)$/i.test(b)))
    ?? t.find((x) => data.nvccOnPath?.version && x.version && majorMinor(x.version) === majorMinor(data.nvccOnPath.version))
    ?? (t.length === 1 ? t[0] : undefined);
}

/** Toolkits whose libraries the loader searches, in search order (PATH on Windows, LD_LIBRARY_PATH on Linux). */
export function toolkitsInSearchOrder(data: ScanData): ToolkitInfo[] {
  const key = data.system.os === 'windows' ? 'pathIndex' : 'libPathIndex';
  return data.toolkits.filter((t) => t[key] !== undefined).sort((a, b) => a[key]! - b[key]!);
}

/**
 * The scan's raw facts, each with the line a finding quotes as its evidence, written in the user's language
 * (`t`: locales/scan, keys fact.*); English by default (rules and --json read only the values).
 */
export function rawScanFacts(data: ScanData, t: Messages = scanMessages('en')): { facts: Map<string, { value: Value; text: string }> } {
  const facts = new Map<string, { value: Value; text: string }>();
  const put = (name: string, value: Value | undefined | null, key: string, vars: Record<string, string | number | undefined> = {}): void => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    facts.set(name, { value, text: t(`fact.${key}`, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v ?? '?']))) });
  };
  const list = (xs: Array<string | undefined>): string => xs.map((x) => x ?? '?').join(t('fact.listSeparator'));
  const { system, driver } = data;
  const smi = t(`fact.smi.${driver.nvidiaSmi}`);
  // insertion order is the order of the facts listing that findings quote: the telling facts first, os / arch last
  put('inContainer', system.container ? true : undefined, 'inContainer', { kind: system.container });
  put('driverFound', Boolean(driver.driverVersion), driver.driverVersion
    ? (driver.source ? 'driverFoundFrom' : 'driverFound')
    : (system.os === 'linux' ? 'noDriverLinux' : 'noDriver'), { version: driver.driverVersion, source: driver.source, smi });
  put('nvidiaSmi', driver.nvidiaSmi, 'nvidiaSmi', { smi });
  put('driverVersion', driver.driverVersion, 'driverVersion', { version: driver.driverVersion });
  put('driverCudaMax', driver.cudaVersion, 'driverCudaMax', { cuda: driver.cudaVersion });
  put('gpuName', driver.gpus.map((g) => g.name), 'gpus', { list: list(driver.gpus.map((g) => g.name)) });
  put('gpuCount', driver.gpus.length, 'gpuCount', { count: driver.gpus.length });
  const cc = driver.gpus.find((g) => g.computeCapability)?.computeCapability;
  put('gpuCC', cc, 'gpuCC', { cc });

  const versions = data.toolkits.map((tk) => (tk.version ? majorMinor(tk.version) : undefined)).filter((v): v is string => !!v);
  put('cudaToolkitVersions', [...new Set(versions)], 'toolkits', { list: list(versions) });
  put('cudaToolkitMajors', [...new Set(versions.map((v) => major(v)!))], 'toolkitMajors', { list: list(versions) });
  const active = activeToolkit(data);
  put('cudaToolkitVersion', active?.version ?? data.nvccOnPath?.version, 'toolkit', { version: active?.version ?? data.nvccOnPath?.version, path: active?.path ?? data.nvccOnPath?.path });
  put('cudaToolkitPath', active?.path, 'toolkitPath', { path: active?.path });
  const ordered = toolkitsInSearchOrder(data);
  const orderedVersions = ordered.map((tk) => (tk.version ? majorMinor(tk.version)! : '?'));
  put('cudaPathToolkits', orderedVersions, 'searchPathOrder', { list: list(orderedVersions) });
  put('cudaPathToolkitCount', ordered.length, 'searchPath', { list: ordered.length });
  put('cudaPathFirst', orderedVersions[0], 'searchPathFirst', { version: orderedVersions[0] });
  put('cudaPathFirstMajor', major(orderedVersions[0]), 'searchPathFirst', { version: orderedVersions[0] });
  put('cudaPathMajors', [...new Set(orderedVersions.map(major).filter((v): v is string => !!v))], 'searchPath', { list: list(orderedVersions) });
  put('cudaToolkitFound', system.os === 'macos' ? undefined : data.toolkits.length > 0, data.toolkits.length ? 'toolkitsInstalled' : 'noToolkit', {
    list: list(data.toolkits.map((tk) => t('fact.toolkitAt', { version: tk.version ?? '?', path: tk.path }))),
  });
  if (data.toolkits.length) {
    const onPath = ordered.length > 0 || data.toolkits.some((tk) => tk.pathIndex !== undefined);
    const where = system.os === 'windows' ? 'PATH' : 'PATH / LD_LIBRARY_PATH';
    put('cudaToolkitOnPath', onPath, onPath ? 'toolkitOnPath' : 'toolkitNotOnPath', {
      where, list: list(data.toolkits.map((tk) => (system.os === 'windows' ? tk.binDir : tk.libDir) ?? tk.path)),
    });
  }
  put('nvccOnPath', data.nvccOnPath ? true : data.toolkits.length ? false : undefined, data.nvccOnPath ? 'nvcc' : 'noNvcc', { path: data.nvccOnPath?.path });

  const cudnn = data.cudnn.find((c) => c.version) ?? data.cudnn[0];
  put('cudnnFound', system.os === 'macos' ? undefined : data.cudnn.length > 0, data.cudnn.length ? 'cudnnFound' : system.os === 'windows' ? 'noCudnnWindows' : 'noCudnn', {
    list: list(data.cudnn.map((c) => c.dir)),
  });
  put('cudnnVersion', cudnn?.version, 'cudnn', { version: cudnn?.version, dir: cudnn?.dir });
  put('cudnnMajor', cudnn?.major, 'cudnnMajor', { major: cudnn?.major });
  const cudnnToolkit = cudnn?.toolkitPath ? data.toolkits.find((tk) => tk.path === cudnn.toolkitPath) : active;
  put('cudnnToolkitMajor', cudnn ? major(cudnnToolkit?.version) : undefined, 'cudnnToolkit', { version: cudnnToolkit?.version });
  if (data.zlib) put('zlibwapiFound', Boolean(data.zlib.found), data.zlib.found ? 'zlib' : 'noZlib', { path: data.zlib.found });

  const env = data.env;
  put('cudaVisibleDevices', env.CUDA_VISIBLE_DEVICES === '' ? '""' : env.CUDA_VISIBLE_DEVICES, 'env', { text: `CUDA_VISIBLE_DEVICES=${env.CUDA_VISIBLE_DEVICES}` });
  put('cudaHome', env.CUDA_HOME ?? env.CUDA_PATH, 'env', { text: `CUDA_HOME/CUDA_PATH=${env.CUDA_HOME ?? env.CUDA_PATH}` });
  put('pipIndex', data.pipIndex, 'pipIndex', { url: data.pipIndex });

  const py = primaryPython(data.pythons);
  const pathPy = data.pythons.find((p) => p.onPath);
  put('pythonPath', py?.path, 'pythonPath', { path: py?.path });
  put('pythonVersion', py?.version, 'pythonVersion', { version: py?.version, path: py?.path });
  put('pythonBits', py?.bits, 'pythonBits', { bits: py?.bits });
  put('pythonCount', data.pythons.length, 'pythonCount', { count: data.pythons.length });
  if (py && pathPy && py !== pathPy && (py.torch || py.tf)) put('frameworksOutsidePathPython', true, 'frameworksElsewhere', { path: py.path, pathPython: pathPy.path });
  if (py) {
    const pkg = (n: string) => py.packages.find((x) => x.name === n)?.version;
    const torchVersion = py.torch?.version ?? pkg('torch');
    put('torchVersion', torchVersion, 'torchVersion', { version: torchVersion, path: py.path });
    // names the interpreter a torch finding is about (scan only: a log never sets it)
    put('torchPython', torchVersion ? py.path : undefined, 'torchPython', { version: torchVersion, path: py.path });
    if (py.torch && py.torch.cuda !== undefined) put('torchBuiltWithCuda', py.torch.cuda ?? 'None', 'torchCuda', { cuda: py.torch.cuda ?? 'None', path: py.path, file: `${py.torch.dir}/version.py` });
    for (const [fact, name] of [['torchvisionVersion', 'torchvision'], ['torchaudioVersion', 'torchaudio'], ['numpyVersion', 'numpy'], ['protobufVersion', 'protobuf']] as const) {
      put(fact, pkg(name), 'package', { name, version: pkg(name) });
    }
    put('tfVersion', py.tf?.version, 'package', { name: 'tensorflow', version: py.tf?.version });
    const tfPackage = ['tensorflow-gpu', 'tensorflow-intel', 'tensorflow-cpu', 'tensorflow', 'tensorflow-macos', 'tf-nightly'].find((n) => pkg(n));
    put('tfPackage', tfPackage, 'package', { name: tfPackage, version: tfPackage ? pkg(tfPackage) : undefined });
    put('tfBuildCuda', py.tf?.cuda, 'tfCuda', { cuda: py.tf?.cuda });
    put('tfBuildCudnn', py.tf?.cudnn, 'tfCudnn', { cudnn: py.tf?.cudnn });
    put('tfIsCudaBuild', py.tf?.isCudaBuild, 'env', { text: `tensorflow is_cuda_build = ${py.tf?.isCudaBuild}` });
    const nvWheels = py.packages.filter((x) => x.name.startsWith('nvidia-'));
    put('nvidiaWheels', nvWheels.map((w) => `${w.name}==${w.version}`), 'nvidiaWheels', { list: list(nvWheels.map((w) => w.name)) });
    put('nvidiaWheelCudaMajors', [...new Set(nvWheels.map((w) => /-cu(\d+)$/.exec(w.name)?.[1]).filter((v): v is string => !!v))], 'nvidiaWheelMajors');
    const tp = py.torchProbe?.data;
    if (py.torchProbe?.status === 'ok' && tp) {
      put('torchCudaAvailable', String(tp.available === true), 'env', { text: `torch.cuda.is_available() = ${tp.available}` });
      put('torchArchListProbed', Array.isArray(tp.archList) ? (tp.archList as string[]) : undefined, 'torchArchList', { list: (tp.archList as string[] | undefined)?.join(' ') });
      const dev = (tp.devices as { cc?: string }[] | undefined)?.[0];
      if (!facts.has('gpuCC')) put('gpuCC', dev?.cc, 'torchDeviceCC', { cc: dev?.cc });
    }
    const f = py.tfProbe?.data;
    if (py.tfProbe?.status === 'ok' && f) put('tfGpuCount', Array.isArray(f.gpus) ? f.gpus.length : undefined, 'tfGpus', { list: list((f.gpus as string[] | undefined) ?? []) });
  }
  put('os', system.os, 'os', { os: system.os, kernel: system.kernel });
  put('arch', system.arch, 'arch', { arch: system.arch });
  return { facts };
}

/** Facts from the version tables that only a scan needs (the inputs may also come from a rule example). */
export function addTableFacts(facts: FactMap): void {
  const str = (n: string): string | undefined => {
    const v = facts.get(n)?.value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const set = (name: string, value: Value | undefined, ...from: string[]): void => {
    if (value === undefined || value === '' || facts.has(name)) return;
    facts.set(name, { value, evidence: from.flatMap((n) => facts.get(n)?.evidence ?? []) });
  };
  const os = str('os');
  const py = str('pythonVersion');
  set('pythonMinor', py ? majorMinor(py) : undefined, 'pythonVersion');
  const torch = str('torchVersion');
  // wheel tables describe releases; a distro or source build ("1.13.0a0", "+gitunknown") is outside them
  if (isReleaseVersion(torch)) set('torchvisionExpected', torchvisionFor(torch), 'torchVersion');
  // the installed torch against the installed Python: the log side's torchPythonSupported, from the same function
  set('torchPythonFit', torchPythonFit(torch, py), 'torchVersion', 'pythonVersion');
  const tv = str('torchvisionVersion');
  set('torchvisionMinor', tv ? majorMinor(tv) : undefined, 'torchvisionVersion');
  const tvExpected = str('torchvisionExpected');
  set('torchvisionExpectedMinor', tvExpected ? majorMinor(tvExpected) : undefined, 'torchvisionExpected');
  const tf = str('tfVersion');
  if (isReleaseVersion(tf)) {
    const tested = tensorflowTested(tf, os);
    set('tfPythonMin', tested.pythonMin, 'tfVersion');
    set('tfPythonMax', tested.pythonMax, 'tfVersion');
    set('tfCudaWanted', tested.cuda, 'tfVersion');
    set('tfCudnnWanted', tested.cudnn, 'tfVersion');
    set('tfCudaWantedMajor', major(tested.cuda), 'tfVersion');
  }
  const cudnn = str('cudnnVersion');
  if (cudnn) {
    set('cudnnCudaMajors', cudnnCudaMajors(cudnn), 'cudnnVersion');
    if (os === 'windows') set('cudnnNeedsZlibwapi', cudnnNeedsZlibwapi(cudnn), 'cudnnVersion');
  }
  // the CUDA the installed framework loads from the system: TF's tested build (torch wheels bring their own)
  const wanted = str('tfCudaWanted') ?? str('torchBuildCuda');
  set('cudaWanted', wanted, str('tfCudaWanted') ? 'tfCudaWanted' : 'torchBuildCuda');
  set('cudaWantedMajor', major(wanted), 'cudaWanted');
}

/**
 * A LogScanResult holding the scan's facts, merged over whatever the probe logs yielded. With `firstLine`,
 * the facts are numbered from it in map order (the lines of a facts listing), so findings can quote them.
 */
export function mergeIntoLogScan(log: LogScanResult, raw: Map<string, { value: Value; text: string }>, firstLine = 0): LogScanResult {
  const facts = new Map<string, FactValue>(log.facts);
  const collected = new Map(log.collected);
  let i = 0;
  for (const [name, { value, text }] of raw) {
    const evidence: Evidence = { line: firstLine > 0 ? firstLine + i++ : 0, text };
    if (Array.isArray(value)) {
      collected.delete(name);
      facts.set(name, { value: value as unknown as string, weight: SCAN_WEIGHT, evidence });
    } else facts.set(name, { value, weight: SCAN_WEIGHT, evidence });
  }
  return { ...log, facts, collected };
}

/** The full fact map of a scan (or of a rule example's facts): raw → deriveFacts → table facts. */
export function scanFactMap(log: LogScanResult): FactMap {
  const facts = deriveFacts(log);
  addTableFacts(facts);
  return facts;
}
