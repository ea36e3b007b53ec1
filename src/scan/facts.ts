// ScanData → the facts rules read. Raw facts use the same names as facts read from a log (docs/RULES.md),
// so every rule serves both; deriveFacts() then adds what the version tables say about them, and
// addTableFacts() the scan-only comparisons (toolkits on PATH, torchvision, Python range, cuDNN vs CUDA).
import type { Evidence, FactValue, LogScanResult } from '../engine/log-scan.js';
import { deriveFacts, type Fact, type FactMap } from '../facts/derive.js';
import { majorMinor, parseVersion } from '../knowledge/version.js';
import type { PythonInfo, ScanData, ToolkitInfo } from './model.js';
import { cudnnCudaMajors, cudnnNeedsZlibwapi, tensorflowTested, torchPythonRange, torchvisionFor } from './tables.js';

type Value = Fact['value'];
const SCAN_WEIGHT = 100; // what the machine says beats what a probe's log text suggests

const SMI_TEXT: Record<ScanData['driver']['nvidiaSmi'], string> = { ok: 'answered', 'not-found': 'not found', failed: 'failed', timeout: 'did not answer in time' };

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

export function rawScanFacts(data: ScanData): { facts: Map<string, { value: Value; text: string }> } {
  const facts = new Map<string, { value: Value; text: string }>();
  const put = (name: string, value: Value | undefined | null, text: string): void => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    facts.set(name, { value, text });
  };
  const { system, driver } = data;
  // insertion order is the order of the facts listing that findings quote: the telling facts first, os / arch last
  put('inContainer', system.container ? true : undefined, `running inside a ${system.container} container`);
  const noDriverWhy = system.os === 'linux' ? ', no /proc/driver/nvidia/version' : '';
  put('driverFound', Boolean(driver.driverVersion), driver.driverVersion
    ? `NVIDIA driver ${driver.driverVersion}${driver.source ? ` (from ${driver.source})` : ''}`
    : `no NVIDIA driver found (nvidia-smi ${SMI_TEXT[driver.nvidiaSmi]}${noDriverWhy})`);
  put('nvidiaSmi', driver.nvidiaSmi, `nvidia-smi: ${SMI_TEXT[driver.nvidiaSmi]}`);
  put('driverVersion', driver.driverVersion, `driver version: ${driver.driverVersion}`);
  put('driverCudaMax', driver.cudaVersion, `nvidia-smi: CUDA Version ${driver.cudaVersion}`);
  put('gpuName', driver.gpus.map((g) => g.name), `GPUs: ${driver.gpus.map((g) => g.name).join(', ')}`);
  put('gpuCount', driver.gpus.length, `GPUs: ${driver.gpus.length}`);
  put('gpuCC', driver.gpus.find((g) => g.computeCapability)?.computeCapability, `compute capability: ${driver.gpus.find((g) => g.computeCapability)?.computeCapability}`);

  const versions = data.toolkits.map((t) => (t.version ? majorMinor(t.version) : undefined)).filter((v): v is string => !!v);
  put('cudaToolkitVersions', [...new Set(versions)], `CUDA toolkits: ${versions.join(', ')}`);
  put('cudaToolkitMajors', [...new Set(versions.map((v) => major(v)!))], `CUDA toolkit majors: ${versions.join(', ')}`);
  const active = activeToolkit(data);
  put('cudaToolkitVersion', active?.version ?? data.nvccOnPath?.version, `CUDA toolkit ${active?.version ?? data.nvccOnPath?.version} (${active?.path ?? data.nvccOnPath?.path})`);
  put('cudaToolkitPath', active?.path, `CUDA toolkit at ${active?.path}`);
  const ordered = toolkitsInSearchOrder(data);
  const orderedVersions = ordered.map((t) => (t.version ? majorMinor(t.version)! : '?'));
  put('cudaPathToolkits', orderedVersions, `toolkits on the search path, in order: ${orderedVersions.join(', ')}`);
  put('cudaPathToolkitCount', ordered.length, `toolkits on the search path: ${ordered.length}`);
  put('cudaPathFirst', orderedVersions[0], `first toolkit on the search path: ${orderedVersions[0]}`);
  put('cudaPathFirstMajor', major(orderedVersions[0]), `first toolkit on the search path: ${orderedVersions[0]}`);
  put('cudaPathMajors', [...new Set(orderedVersions.map(major).filter((v): v is string => !!v))], `toolkits on the search path: ${orderedVersions.join(', ')}`);
  put('cudaToolkitFound', system.os === 'macos' ? undefined : data.toolkits.length > 0, data.toolkits.length
    ? `CUDA toolkits installed: ${data.toolkits.map((t) => `${t.version ?? '?'} at ${t.path}`).join(', ')}`
    : 'no CUDA toolkit installed (none under the standard folders, CUDA_PATH / CUDA_HOME or the loader cache)');
  if (data.toolkits.length) {
    const onPath = ordered.length > 0 || data.toolkits.some((t) => t.pathIndex !== undefined);
    const where = system.os === 'windows' ? 'PATH' : 'PATH / LD_LIBRARY_PATH';
    put('cudaToolkitOnPath', onPath, onPath ? `a CUDA toolkit folder is on ${where}`
      : `no CUDA toolkit folder is on ${where} (installed: ${data.toolkits.map((t) => (system.os === 'windows' ? t.binDir : t.libDir) ?? t.path).join(', ')})`);
  }
  put('nvccOnPath', data.nvccOnPath ? true : data.toolkits.length ? false : undefined, `nvcc on PATH: ${data.nvccOnPath?.path ?? 'no'}`);

  const cudnn = data.cudnn.find((c) => c.version) ?? data.cudnn[0];
  put('cudnnFound', system.os === 'macos' ? undefined : data.cudnn.length > 0, data.cudnn.length
    ? `cuDNN found in ${data.cudnn.map((c) => c.dir).join(', ')}`
    : `no cuDNN found (${system.os === 'windows' ? 'not in a toolkit bin, NVIDIA\\CUDNN or a PATH folder' : 'not in a toolkit lib folder or the loader cache'})`);
  put('cudnnVersion', cudnn?.version, `cuDNN ${cudnn?.version} in ${cudnn?.dir}`);
  put('cudnnMajor', cudnn?.major, `cuDNN major ${cudnn?.major}`);
  const cudnnToolkit = cudnn?.toolkitPath ? data.toolkits.find((t) => t.path === cudnn.toolkitPath) : active;
  put('cudnnToolkitMajor', cudnn ? major(cudnnToolkit?.version) : undefined, `cuDNN sits with CUDA ${cudnnToolkit?.version}`);
  if (data.zlib) put('zlibwapiFound', Boolean(data.zlib.found), `zlibwapi.dll: ${data.zlib.found ?? 'not on PATH or in System32'}`);

  const env = data.env;
  put('cudaVisibleDevices', env.CUDA_VISIBLE_DEVICES === '' ? '""' : env.CUDA_VISIBLE_DEVICES, `CUDA_VISIBLE_DEVICES=${env.CUDA_VISIBLE_DEVICES}`);
  put('cudaHome', env.CUDA_HOME ?? env.CUDA_PATH, `CUDA_HOME/CUDA_PATH=${env.CUDA_HOME ?? env.CUDA_PATH}`);
  put('pipIndex', data.pipIndex, `pip index: ${data.pipIndex}`);

  const py = primaryPython(data.pythons);
  const pathPy = data.pythons.find((p) => p.onPath);
  put('pythonPath', py?.path, `python: ${py?.path}`);
  put('pythonVersion', py?.version, `python ${py?.version} (${py?.path})`);
  put('pythonBits', py?.bits, `python ${py?.bits}-bit`);
  put('pythonCount', data.pythons.length, `python interpreters: ${data.pythons.length}`);
  if (py && pathPy && py !== pathPy && (py.torch || py.tf)) put('frameworksOutsidePathPython', true, `frameworks are in ${py.path}, not in the python on PATH (${pathPy.path})`);
  if (py) {
    const pkg = (n: string) => py.packages.find((x) => x.name === n)?.version;
    const torchVersion = py.torch?.version ?? pkg('torch');
    put('torchVersion', torchVersion, `torch ${torchVersion} (${py.path})`);
    // names the interpreter a torch finding is about (scan only: a log never sets it)
    put('torchPython', torchVersion ? py.path : undefined, `torch ${torchVersion} is installed in ${py.path}`);
    if (py.torch && py.torch.cuda !== undefined) put('torchBuiltWithCuda', py.torch.cuda ?? 'None', `torch.version.cuda = ${py.torch.cuda ?? 'None'} in ${py.path} (${py.torch.dir}/version.py)`);
    put('torchvisionVersion', pkg('torchvision'), `torchvision ${pkg('torchvision')}`);
    put('torchaudioVersion', pkg('torchaudio'), `torchaudio ${pkg('torchaudio')}`);
    put('numpyVersion', pkg('numpy'), `numpy ${pkg('numpy')}`);
    put('protobufVersion', pkg('protobuf'), `protobuf ${pkg('protobuf')}`);
    put('tfVersion', py.tf?.version, `tensorflow ${py.tf?.version}`);
    put('tfPackage', ['tensorflow-gpu', 'tensorflow-intel', 'tensorflow-cpu', 'tensorflow', 'tensorflow-macos', 'tf-nightly'].find((n) => pkg(n)), 'tensorflow package');
    put('tfBuildCuda', py.tf?.cuda, `tensorflow built with CUDA ${py.tf?.cuda}`);
    put('tfBuildCudnn', py.tf?.cudnn, `tensorflow built with cuDNN ${py.tf?.cudnn}`);
    put('tfIsCudaBuild', py.tf?.isCudaBuild, `tensorflow is_cuda_build = ${py.tf?.isCudaBuild}`);
    const nvWheels = py.packages.filter((x) => x.name.startsWith('nvidia-'));
    put('nvidiaWheels', nvWheels.map((w) => `${w.name}==${w.version}`), `nvidia wheels: ${nvWheels.map((w) => w.name).join(', ')}`);
    put('nvidiaWheelCudaMajors', [...new Set(nvWheels.map((w) => /-cu(\d+)$/.exec(w.name)?.[1]).filter((v): v is string => !!v))], 'CUDA majors of nvidia-*-cuXX wheels');
    const t = py.torchProbe?.data;
    if (py.torchProbe?.status === 'ok' && t) {
      put('torchCudaAvailable', String(t.available === true), `torch.cuda.is_available() = ${t.available}`);
      put('torchArchListProbed', Array.isArray(t.archList) ? (t.archList as string[]) : undefined, `torch arch list: ${(t.archList as string[] | undefined)?.join(' ')}`);
      const dev = (t.devices as { cc?: string }[] | undefined)?.[0];
      if (!facts.has('gpuCC')) put('gpuCC', dev?.cc, `torch device capability ${dev?.cc}`);
    }
    const f = py.tfProbe?.data;
    if (py.tfProbe?.status === 'ok' && f) put('tfGpuCount', Array.isArray(f.gpus) ? f.gpus.length : undefined, `tf GPUs: ${(f.gpus as string[] | undefined)?.join(', ')}`);
  }
  put('os', system.os, `os: ${system.os} (${system.kernel})`);
  put('arch', system.arch, `arch: ${system.arch}`);
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
  const release = (v: string | undefined): boolean => !!v && /^\d+\.\d+(?:\.\d+)?(?:\+(?:cu\d+|cpu|rocm[\d.]+))?$/.test(v);
  if (torch && release(torch)) {
    const range = torchPythonRange(torch);
    set('torchPythonMin', range.min, 'torchVersion');
    set('torchPythonMax', range.max, 'torchVersion');
    set('torchvisionExpected', torchvisionFor(torch), 'torchVersion');
  }
  const tv = str('torchvisionVersion');
  set('torchvisionMinor', tv ? majorMinor(tv) : undefined, 'torchvisionVersion');
  const tvExpected = str('torchvisionExpected');
  set('torchvisionExpectedMinor', tvExpected ? majorMinor(tvExpected) : undefined, 'torchvisionExpected');
  const tf = str('tfVersion');
  if (tf && release(tf)) {
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
