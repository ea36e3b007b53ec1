// Turns raw facts read from a log (or a scan) into the facts rules reason over, using the version tables:
// which CUDA a torch build targets, whether it is a CPU-only wheel, the driver that CUDA needs, a GPU's
// compute capability. Each derived fact keeps the evidence of the facts it came from.
import type { Evidence, RawFacts } from './raw.js';
import { computeCapabilityOf, maxCudaForDriver, minDriverForCuda, onnxruntimeCudnnMajors, tensorflowBuilds, tensorflowLastGpuRelease, torchPypiDefaultCuda, torchPythonFit, type OsName } from '../knowledge/tables.js';
import { torchArchVerdict } from '../knowledge/torch-wheel-arch.js';
import { archCovers, archListFromTorch } from '../knowledge/arch.js';
import { gpuMinDriver, lastDriverBranch } from '../knowledge/gpu-driver.js';
import { compareVersions, majorMinor } from '../knowledge/version.js';
import { logInterpreter } from './python-env.js';

export interface Fact {
  value: string | number | boolean | string[];
  evidence: Evidence[];
}

export type FactMap = Map<string, Fact>;

/** "cu121" → "12.1", "cu92" → "9.2", "cu130" → "13.0" */
export function cudaFromWheelTag(tag: string): string | undefined {
  const digits = /^cu(\d{2,3})$/i.exec(tag)?.[1];
  if (!digits) return undefined;
  if (digits.length === 2) return `${digits[0]}.${digits[1]}`;
  return `${digits.slice(0, 2)}.${digits.slice(2)}`;
}

/** DLL / .so version suffixes: "110" → "11.0", "101" → "10.1", "11.0" → "11.0", "12" → "12" */
export function cudaFromLibSuffix(suffix: string): string | undefined {
  if (/^\d+\.\d+$/.test(suffix)) return suffix;
  if (/^\d{3}$/.test(suffix)) return `${suffix.slice(0, 2)}.${suffix.slice(2)}`;
  // cudart64_75 / _80 / _92 are CUDA 7.5 / 8.0 / 9.2; from CUDA 12 the name carries the major only (cudart64_12)
  if (/^\d{2}$/.test(suffix) && Number(suffix) >= 70) return `${suffix[0]}.${suffix[1]}`;
  if (/^\d{1,2}$/.test(suffix)) return suffix;
  return undefined;
}

/** The version a CUDA release puts in its DLL / .so names: major.minor before CUDA 11 (cudart64_101.dll is 10.1 only),
 * the major from 11 on (cudart64_110.dll serves every 11.x). "10.2.89" → "10.2", "11.8" → "11". */
export function cudaDllVersion(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return /^\d+$/.test(version) && Number(version) >= 11 ? version : undefined;
  return Number(m[1]) >= 11 ? m[1] : `${m[1]}.${m[2]}`;
}

// collect_env prints "Could not collect" where torch.version.cuda is None (a CPU build); "N/A" means torch did not import
const NO_CUDA_IN_BUILD = /^(none|could not collect)$/i;
const NOT_A_VERSION = /^(none|could not collect|n\/a|unknown)$/i;

/** the weight of the weakest Linux sign, a Linux wheel's platform tag (rules/facts/log-facts.json) */
const LINUX_WHEEL_WEIGHT = 1;

export function deriveFacts(scan: RawFacts): FactMap {
  const facts: FactMap = new Map();
  for (const [name, f] of scan.facts) facts.set(name, { value: f.value, evidence: [f.evidence] });
  for (const [name, c] of scan.collected) facts.set(name, { value: c.values, evidence: c.evidence });
  const get = (name: string): Fact | undefined => facts.get(name);
  const str = (name: string): string | undefined => {
    const v = get(name)?.value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const set = (name: string, value: Fact['value'], ...from: (string | undefined)[]): void => {
    // (a loop, not flatMap: this runs for every derived fact of every log)
    const evidence: Fact['evidence'] = [];
    for (const n of from) {
      const e = n ? get(n)?.evidence : undefined;
      if (e) for (const x of e) evidence.push(x);
    }
    facts.set(name, { value, evidence });
  };

  // a pattern with alternatives names each one's group apart (torchCudaTagged2 …): the first one seen is the fact
  for (const name of ['torchCudaTagged', 'cudnnVersion', 'windowsBuild', 'torchCompiledWithCuda']) {
    const alt = [2, 3].map((n) => `${name}${n}`).find((n) => get(n));
    if (!get(name) && alt) set(name, get(alt)!.value, alt);
  }
  // the WSL issue form's ticked box outweighs any other WSL hint
  const ticked = str('wslTicked');
  if (ticked && /^wsl/.test(str('os') ?? 'wsl')) set('os', `wsl${ticked}`, 'wslTicked');
  // an OS read only from a Linux wheel's name (the weakest sign) is no OS where pip / uv refused a Linux wheel here:
  // the host is not the Linux the wheel is for (a Windows or Mac user's installer pinned an upstream Linux build)
  const linuxCp = str('refusedLinuxWheelCp');
  if (linuxCp && str('os') === 'linux' && (scan.facts.get('os')?.weight ?? Infinity) <= LINUX_WHEEL_WEIGHT) facts.delete('os');
  const os = str('os') as OsName | undefined;

  // --- torch build: CUDA, ROCm or CPU-only, and for which CUDA. A pip URL spells "+" as "%2B".
  // a CUDA-tagged torch seen anywhere (e.g. reinstalled from download.pytorch.org later in the log) wins over a tagless one
  const tagged = str('torchCudaTagged');
  const seenTorch = str('torchVersion');
  if (tagged && (!seenTorch || !seenTorch.includes('+'))) set('torchVersion', tagged, 'torchCudaTagged');
  // likewise a printed "2.3.0+cpu" beats the tagless pin of the same release (pip install torch==2.3.0)
  const cpuTagged = str('torchCpuTagged');
  if (!tagged && cpuTagged && (!seenTorch || cpuTagged.startsWith(`${seenTorch}+`))) set('torchVersion', cpuTagged, 'torchCpuTagged');
  // Forge's one-click packages name the torch they ship (webui_forge_cu124_torch24 = torch 2.4 for CUDA 12.4): the
  // fallback where the log prints no torch version of its own
  const packageTorch = /^(\d)(\d)(\d?)$/.exec(str('torchPackageTorch') ?? '');
  if (packageTorch && !get('torchVersion')) set('torchVersion', packageTorch.slice(1).filter(Boolean).join('.'), 'torchPackageTorch');
  const rawTorch = str('torchVersion');
  // (prose may space the plus out: "PyTorch 2.8.0 + cu129")
  const torchVersion = rawTorch && NOT_A_VERSION.test(rawTorch) ? undefined : rawTorch?.replace(/ ?(?:\+|%2b) ?/i, '+');
  if (torchVersion && torchVersion !== rawTorch) set('torchVersion', torchVersion, 'torchVersion');
  const tag = /\+([a-z0-9.]+)$/i.exec(torchVersion ?? '')?.[1];
  const builtWith = str('torchBuiltWithCuda');
  const builtWithRocm = str('torchBuiltWithRocm');
  const condaBuild = str('torchCondaBuild'); // "py3.10_cuda11.8_cudnn8_0" or "py3.10_cpu_0"
  // pytorch channel: "cuda11.8"; conda-forge: "cuda118" / "cuda120"
  const condaTag = /cuda(\d+\.\d+|\d{2,3})(?![\d.])/i.exec(condaBuild ?? '')?.[1];
  const condaCuda = condaTag?.includes('.') ? condaTag : condaTag ? cudaFromWheelTag(`cu${condaTag}`) : undefined;
  if (tag?.toLowerCase() === 'cpu') set('torchBuild', 'cpu', 'torchVersion');
  else if (tag && /^rocm/i.test(tag)) set('torchBuild', 'rocm', 'torchVersion');
  else if (tag && /^xpu$/i.test(tag)) set('torchBuild', 'xpu', 'torchVersion'); // Intel GPU wheels: no CUDA by design, not a CPU build
  else if (tag && cudaFromWheelTag(tag)) {
    set('torchBuild', 'cuda', 'torchVersion');
    set('torchBuildCuda', cudaFromWheelTag(tag)!, 'torchVersion');
  } else if (builtWithRocm && /^\d+\.\d+/.test(builtWithRocm)) set('torchBuild', 'rocm', 'torchBuiltWithRocm');
  else if (builtWith && /^\d+\.\d+/.test(builtWith)) {
    set('torchBuild', 'cuda', 'torchBuiltWithCuda');
    set('torchBuildCuda', /^\d+\.\d+/.exec(builtWith)![0], 'torchBuiltWithCuda');
  } else if (builtWith && NO_CUDA_IN_BUILD.test(builtWith) && (torchVersion || get('torchCudaNone'))) {
    set('torchBuild', 'cpu', 'torchBuiltWithCuda');
  } else if (condaCuda) {
    set('torchBuild', 'cuda', 'torchCondaBuild');
    set('torchBuildCuda', condaCuda, 'torchCondaBuild');
  } else if (/(?:^|_)cpu(?:_|$)/i.test(condaBuild ?? '')) {
    set('torchBuild', 'cpu', 'torchCondaBuild');
  } else if (/^false$/i.test(str('torchCompiledWithCuda') ?? '')) {
    set('torchBuild', 'cpu', 'torchCompiledWithCuda'); // "PyTorch built with CUDA: False"
  } else if (torchVersion && !tag && get('torchWheelWindowsPypi')) {
    set('torchBuild', 'cpu', 'torchWheelWindowsPypi'); // PyPI (and its mirrors) only carry CPU wheels for Windows
  } else if (torchVersion && !tag && os === 'windows' && str('torchListedTagless') === torchVersion && !/^cu/i.test(str('torchIndexVariant') ?? '')) {
    // pip list / freeze on Windows shows the local tag of every download.pytorch.org CUDA wheel: a tagless torch
    // there came from PyPI or a mirror of it, which only carry the CPU wheel for Windows
    set('torchBuild', 'cpu', 'torchListedTagless');
  } else if (torchVersion && !tag && get('torchFromPip') && (os === 'linux' || os === 'wsl2')) {
    // pip printed a tagless torch it installed: on Linux that is PyPI's default CUDA build (conda builds are tagless too,
    // so a bare version printout is not enough)
    const pypiCuda = torchPypiDefaultCuda(torchVersion);
    if (pypiCuda) {
      set('torchBuild', 'cuda', 'torchVersion');
      set('torchBuildCuda', pypiCuda, 'torchVersion');
    }
  }

  const packageCuda = cudaFromWheelTag(str('torchPackageCuda') ?? '');
  if (packageCuda && !get('torchBuild')) {
    set('torchBuild', 'cuda', 'torchPackageCuda');
    set('torchBuildCuda', packageCuda, 'torchPackageCuda');
  }

  // --- torch.cuda.is_available(): "False" / "No" (collect_env), "false" (scan) → "false"
  const available = str('torchCudaAvailable');
  if (available !== undefined) {
    const v = /^(?:false|no)$/i.test(available) ? 'false' : /^(?:true|yes)$/i.test(available) ? 'true' : undefined;
    if (v) set('torchCudaAvailable', v, 'torchCudaAvailable');
  }

  // --- driver: the CUDA it supports, and the one the torch build needs
  const driver = str('driverVersion');
  if (driver && !get('driverCudaMax')) {
    const max = maxCudaForDriver(driver, os);
    if (max) set('driverCudaMax', max, 'driverVersion');
  }
  const buildCuda = str('torchBuildCuda');
  if (buildCuda) {
    const min = minDriverForCuda(buildCuda, os);
    if (min) set('torchMinDriver', min, 'torchBuildCuda');
  }

  // --- CUDA version asked for by a DLL / .so name (cudart64_110.dll, libcudart.so.11.0)
  const libSuffix = str('cudartSuffix');
  if (libSuffix) {
    const v = cudaFromLibSuffix(libSuffix);
    if (v) set('cudaRequested', v, 'cudartSuffix');
  }

  // --- GPU compute capability: printed by TF / nvidia-smi, or looked up from the model name
  const major = str('ccMajor');
  const minor = str('ccMinor');
  if (major !== undefined && minor !== undefined && !get('gpuCC')) set('gpuCC', `${major}.${minor}`, 'ccMajor');
  // each GPU name is looked up in the tables once per log (gpuComputeCapabilities below asks again)
  const ccOfName = new Map<string, string | undefined>();
  const ccOf = (name: string): string | undefined => {
    if (!ccOfName.has(name)) ccOfName.set(name, computeCapabilityOf(name));
    return ccOfName.get(name);
  };
  if (!get('gpuCC')) {
    const names = get('gpuName')?.value;
    for (const name of Array.isArray(names) ? names : []) {
      const cc = ccOf(name);
      if (cc) { set('gpuCC', cc, 'gpuName'); break; }
    }
  }

  // --- the driver the GPU itself needs (gpu-min-driver.csv), apart from the one the CUDA build needs
  const gpuNames = get('gpuName')?.value;
  for (const name of Array.isArray(gpuNames) ? gpuNames : []) {
    const need = gpuMinDriver(name, os === 'windows' || os === 'wsl2');
    if (need) { set('gpuMinDriver', need.minDriver, 'gpuName'); break; }
  }
  const cc = str('gpuCC');
  const lastBranch = cc ? lastDriverBranch(cc) : undefined;
  if (lastBranch) set('gpuLastDriverBranch', lastBranch, 'gpuCC');

  // --- can the torch CUDA build run on every GPU named in the log? A live scan asked torch itself
  // (torch.cuda.get_arch_list()): that list decides; otherwise the build's row of arch-support.csv
  const ccs = gpuComputeCapabilities(get, str, ccOf);
  const torchCuda = str('torchBuildCuda');
  const probed = get('torchArchListProbed')?.value;
  const probedList = Array.isArray(probed) ? archListFromTorch(probed as string[]) : [];
  if (probedList.length > 0 && ccs.length > 0) {
    set('torchArchList', (probed as string[]).join(' '), 'torchArchListProbed');
    if (ccs.every((cc) => archCovers(probedList, cc) === 'none')) set('gpuArchUnsupported', true, 'torchArchListProbed', 'gpuCC', 'gpuName');
  } else if (torchVersion && torchCuda && ccs.length > 0) {
    const family = os === 'windows' ? 'windows' : os === 'linux' || os === 'wsl2' ? 'linux' : undefined;
    const verdicts = ccs.map((cc) => torchArchVerdict(torchVersion, torchCuda, cc, family));
    const first = verdicts[0];
    if (first) set('torchArchList', first.carried, 'torchBuildCuda');
    if (verdicts.every((v) => v?.unsupported)) {
      set('gpuArchUnsupported', true, 'torchVersion', 'torchBuildCuda', 'gpuName', 'ccMajor');
    }
  }

  // --- the torch release the log names (installed or pinned) against the log's Python: a release publishes wheels
  // for a Python range only, so pip can install it into no other (a launcher's "Couldn't install torch"); the same
  // answer as the scan side's (knowledge/tables.ts torchPythonFit)
  const fit = torchPythonFit(str('torchVersion'), str('pythonVersion'));
  if (fit) set('torchPythonSupported', fit === 'in', 'torchVersion', 'pythonVersion');

  // --- TensorFlow GPU builds per OS: native Windows has none after the last tested Windows GPU build
  const tf = str('tfVersion');
  // (the table is read only for a log that names a TF version)
  const lastWindowsGpu = tf ? tensorflowLastGpuRelease('windows') : undefined;
  if (tf && lastWindowsGpu && compareVersions(majorMinor(tf), majorMinor(lastWindowsGpu)) !== undefined) {
    set('tfWindowsGpuSupported', (compareVersions(majorMinor(tf), majorMinor(lastWindowsGpu)) ?? 1) <= 0, 'tfVersion');
    set('tfWindowsGpuLast', lastWindowsGpu, 'tfVersion');
  }
  // the CUDA of TF's tested GPU build for this release, and the driver it needs: lets a rule tell TF's generic
  // "possibly insufficient driver version" guess from a driver that really is too old
  if (tf) {
    const family = os === 'windows' ? 'windows' : os === 'macos' ? 'macos' : 'linux';
    const tested = tensorflowBuilds(tf, family).find((r) => r.device === 'gpu' && /^\d+(?:\.\d+)?$/.test(r.cuda ?? ''));
    const cell = tested?.cuda;
    // its cuDNN too, so advice names the pair a log-only diagnosis would otherwise leave blank
    if (tested?.cudnn && /^\d+(?:\.\d+)*$/.test(tested.cudnn)) set('tfCudnnWanted', tested.cudnn, 'tfVersion');
    if (cell) {
      const cuda = cell.includes('.') ? cell : `${cell}.0`;
      set('tfBuildCuda', cuda, 'tfVersion');
      const min = minDriverForCuda(cuda, os);
      if (min) set('tfMinDriver', min, 'tfVersion');
    }
  }

  // --- the CUDA major TF asks for (the cudart it failed to load, else its tested build) vs the toolkits the log names
  if (!get('tfCudaWantedMajor')) {
    const missing = ['cudartMissingSuffix', 'cudartMissingSuffix2', 'cudartMissingSuffixSo', 'cudartMissingSuffixSo2'].find((n) => get(n));
    const fromTfLoader = missing !== undefined && (tf !== undefined || /\bdso_loader\b|\btensorflow\b/i.test(get(missing)!.evidence[0]?.text ?? ''));
    const wanted = fromTfLoader ? cudaFromLibSuffix(str(missing!)!) : tf ? str('tfBuildCuda') : undefined;
    const wantedMajor = wanted ? /^\d+/.exec(wanted)?.[0] : undefined;
    if (wantedMajor) set('tfCudaWantedMajor', wantedMajor, fromTfLoader ? missing : 'tfVersion');
    const wantedDll = wanted ? cudaDllVersion(wanted) : undefined;
    if (wantedDll) set('tfCudaWantedDll', wantedDll, fromTfLoader ? missing : 'tfVersion');
    if (wanted && !get('tfCudaWanted')) set('tfCudaWanted', wanted, fromTfLoader ? missing : 'tfVersion');
  }
  if (!get('cudaToolkitMajors')) {
    const paths = ['cudaToolkitPath', 'cudaToolkitPath2'].flatMap((n) => { const v = get(n)?.value; return Array.isArray(v) ? v : []; });
    const versions = [...paths, ...(str('cudaToolkitVersion') ? [str('cudaToolkitVersion')!] : [])];
    const majors = [...new Set(versions.map((v) => /^\d+/.exec(v)?.[0]).filter((m): m is string => m !== undefined))];
    if (majors.length > 0) set('cudaToolkitMajors', majors, 'cudaToolkitPath', 'cudaToolkitPath2', 'cudaToolkitVersion');
    const dlls = [...new Set(versions.map(cudaDllVersion).filter((m): m is string => m !== undefined))];
    if (versions.length > 0 && !get('cudaToolkitVersions')) set('cudaToolkitVersions', [...new Set(versions)], 'cudaToolkitPath', 'cudaToolkitPath2', 'cudaToolkitVersion');
    if (dlls.length > 0) set('cudaToolkitDlls', dlls, 'cudaToolkitPath', 'cudaToolkitPath2', 'cudaToolkitVersion');
  }

  // --- the framework's CUDA build and the driver it needs, torch first, for messages that cover both frameworks
  const fwCuda = str('torchBuildCuda') ? 'torchBuildCuda' : str('tfBuildCuda') ? 'tfBuildCuda' : undefined;
  if (fwCuda) set('frameworkBuildCuda', str(fwCuda)!, fwCuda);
  const fwDriver = str('torchMinDriver') ? 'torchMinDriver' : str('tfMinDriver') ? 'tfMinDriver' : undefined;
  if (fwDriver) set('frameworkMinDriver', str(fwDriver)!, fwDriver);

  // --- ONNX Runtime's GPU package against the cuDNN the log shows (a build for cuDNN 8 does not load 9, nor the
  // reverse): the majors the release was built for (onnxruntime-cuda table, or ORT's own "Require cuDNN 9.*")
  const cudnnSeen = ['cudnnVersion', 'cudnnPipVersion', 'cudnnIntVersion', 'cudnnMajorSeen'].find((n) => str(n));
  const ortRequired = str('ortCudnnRequired');
  const ort = str('ortVersion');
  if (cudnnSeen && (ortRequired || ort)) {
    const raw = str(cudnnSeen)!;
    const installed = cudnnSeen === 'cudnnIntVersion' ? raw.slice(0, raw.length - (raw.length > 4 ? 4 : 3)) : /^\d+/.exec(raw)![0];
    const cudaMajors = get('cudaToolkitMajors')?.value;
    // the package variant: named in the log, else the one CUDA major the machine shows (toolkit, else torch's wheel)
    const cudaMajor = str('ortCudaMajor') ?? str('ortCudaRequired')
      ?? (Array.isArray(cudaMajors) && cudaMajors.length === 1 ? String(cudaMajors[0]) : /^\d+/.exec(str('torchBuildCuda') ?? '')?.[0]);
    const wanted = ortRequired ? [ortRequired] : onnxruntimeCudnnMajors(ort!, cudaMajor);
    if (wanted) {
      const from = ortRequired ? 'ortCudnnRequired' : 'ortVersion';
      set('ortCudnnWanted', wanted.join(' / '), from);
      if (!wanted.includes(installed)) {
        set('ortCudnnMismatch', true, from, cudnnSeen);
        set('cudnnCompiled', `${wanted.join(' / ')}.x`, from);
        set('cudnnLoaded', `${installed}.x`, cudnnSeen);
      }
    }
  }

  // --- a pinned requirement pip could not satisfy, against the versions it listed: below / within / above that list
  const pin = str('pipReqVersion');
  const first = str('pipListFirst');
  if (pin && first) {
    const last = str('pipListLast') ?? first;
    const where = (compareVersions(pin, first) ?? 0) < 0 ? 'below' : (compareVersions(pin, last) ?? 0) > 0 ? 'above' : 'within';
    set('pipPinVsList', where, 'pipReqVersion');
  }
  // --- a Linux wheel pip / uv refused: on Windows / macOS, or with an interpreter whose cp tag the wheel matches (so
  // only its platform tag can be at fault), the package has no build for this OS; on Linux it is a Python-tag mismatch
  if (linuxCp) {
    // (an OS read only from Linux wheel names was dropped above)
    const py = /^(\d)\.(\d{1,2})/.exec(str('pythonVersion') ?? '');
    const onOther = os === 'windows' || os === 'macos' ? true : os && /^(?:linux|wsl)/.test(os) ? false : py ? `${py[1]}${py[2]}` === linuxCp : undefined;
    if (onOther !== undefined) set('linuxWheelOnOtherOs', onOther, 'refusedLinuxWheelCp', 'os', 'pythonVersion');
  }
  // --- a +cuNNN pin pip / uv could not find while the PyTorch index it searched is another tag's folder: each
  // /whl/cuNNN folder carries only its own tag, so the pin cannot be found there whatever the release
  const pinTag = str('torchPinMissingTag');
  const indexTag = str('pytorchIndexTag');
  if (pinTag && indexTag) set('torchPinTagOffIndex', pinTag !== indexTag, 'torchPinMissingTag', 'pytorchIndexTag');

  // --- CUDA_VISIBLE_DEVICES that hides every GPU ("-1", "", "none", "NoDevFiles")
  const cvd = str('cudaVisibleDevices')?.trim();
  if (cvd !== undefined) {
    const value = /^(?:""|'')$/.test(cvd) ? '' : cvd.replace(/^['"]/, '');
    set('cudaVisibleDevicesHidesAll', value === '' || /^(?:-\d+|none|nodevfiles)$/i.test(value), 'cudaVisibleDevices');
  }
  // the interpreter the log ran, for commands that must use it (`<python> -m pip …`)
  const interpreter = logInterpreter(str);
  if (interpreter) set('pythonExe', interpreter, 'pythonExe', 'pythonEnvPrefix');
  else facts.delete('pythonExe');
  return facts;
}

/** Compute capabilities of the GPUs in the log: printed ones (TF's major/minor, nvidia-smi compute_cap) first, then
 * every named GPU model looked up in gpu-compute-capability.csv. */
function gpuComputeCapabilities(get: (n: string) => Fact | undefined, str: (n: string) => string | undefined, ccOf: (name: string) => string | undefined): string[] {
  const out: string[] = [];
  const printed = str('gpuCC');
  if (printed) out.push(printed);
  const names = get('gpuName')?.value;
  for (const name of Array.isArray(names) ? names : []) {
    const cc = ccOf(name);
    if (cc && !out.includes(cc)) out.push(cc);
  }
  return out;
}
