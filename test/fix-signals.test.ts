// A fix for some messages of a family (a fix's "signals", docs/RULES.md "Fixes for one message"): on a real log
// the user reads the fix for the message their log shows, not the steps for every sibling message; a finding on a
// message no scoped fix names gets the rule's unscoped fixes (every fix only when it has none); with no log
// (explain) every fix shows; and the loader refuses a fix naming a signal its rule does not use.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { findingOfRule } from '../src/engine/rank.js';
import { viewFindings, viewRule } from '../src/report/view.js';
import { loadRuleSet, RuleFileError } from '../src/engine/load-rules.js';
import { withRuleFolder } from './rule-folder.js';
import { realLog } from './real-logs.js';


async function fixTitles(log: string, id: string): Promise<string[]> {
  const d = await diagnoseText(log);
  const finding = d.findings.find((f) => f.rule.id === id);
  expect(finding, `${id} found`).toBeDefined();
  return viewFindings([finding!], d.facts, 'en')[0]!.fixes.map((f) => f.title);
}

/** container-no-gpu's general check, shown with every message's own cure */
const CHECK = 'Find where the GPU stops: host, runtime, container';

// real corpus logs whose finding shows exactly these fixes: the unscoped one(s) and the one for its message
const EXACT: Array<{ what: string; log: string; id: string; fixes: string[] }> = [
  { what: "CMake's 'No CUDA toolset found': the Visual Studio integration fix only", log: 'ra-localaivtuber-llamacpp-no-cuda-toolset-112.log',
    id: 'build-toolchain-mismatch', fixes: ['Prefer a prebuilt wheel', "Install CUDA's Visual Studio integration"] },
  { what: 'vLLM refusing bfloat16 on a V100: the float16 fix, not the allocator, FlashAttention or torch.compile ones', log: 'ra-transformerlab-vllm-v100-bf16-62.log',
    id: 'gpu-feature-unsupported', fixes: ['Use float16 instead of bfloat16', 'Check what the GPU supports'] },
  { what: "ComfyUI's cudaMallocAsync 'operation not supported': the allocator fix only", log: 'ta-comfy-portable-cuda-malloc-warning-op-not-supported.log',
    id: 'gpu-feature-unsupported', fixes: ['Turn the asynchronous allocator off', 'Check what the GPU supports'] },
  { what: 'A1111 NaNs in the UNet on a GTX 1650 SUPER: the full-precision web UI flags only', log: 'ua-a1111-gtx1650s-nans-unet-half.log',
    id: 'gpu-feature-unsupported', fixes: ['Run the web UI in full precision on a GTX 16xx', 'Check what the GPU supports'] },
  { what: 'faster-whisper float16 on a Tesla P40 (6.1): the CTranslate2 compute-type fix only', log: 'ra-whisperdiar-p40-fp16-106.log',
    id: 'gpu-feature-unsupported', fixes: ['Pick a CTranslate2 compute type this GPU has', 'Check what the GPU supports'] },
  { what: "BMInf's cuBLAS NOT_SUPPORTED on a Tesla M40 (5.2): the float32 fix only", log: 'tz-bminf-m40-cublas-not-supported.log',
    id: 'gpu-feature-unsupported', fixes: ['Run in float32 on a GPU below compute capability 6.0', 'Check what the GPU supports'] },
  { what: "MiniCPM-V's 'cutlassF: no kernel found to launch' on a V100: the float16 model-loading fix only", log: 'vz-minicpmv-v100-cutlassf-pr.log',
    id: 'gpu-feature-unsupported', fixes: ['Load the model in float16, not bfloat16', 'Check what the GPU supports'] },
  { what: "LMDeploy TurboMind's allocator refused on a GRID A100D vGPU: the PyTorch-engine fix only", log: 'yz-lmdeploy-grid-a100d-mig-tm-allocator-op-not-supported.log',
    id: 'gpu-feature-unsupported', fixes: ["Use LMDeploy's PyTorch engine on this GPU", 'Check what the GPU supports'] },
  { what: 'bitsandbytes < 0.43 loading its Linux .so on Windows: the bitsandbytes fix, not the Triton, libuv or macOS steps', log: 'plat-bnb-win-py311-1.log',
    id: 'no-gpu-build-for-platform', fixes: ['Install bitsandbytes 0.43 or newer', 'Or run it under WSL2 / Linux'] },
  { what: "'Windows not yet supported for torch.compile': the compile-off fix only", log: 'ww-audioldm2-torch-compile-windows.log',
    id: 'no-gpu-build-for-platform', fixes: ['Switch torch.compile off on this torch release', 'Or run it under WSL2 / Linux'] },
  { what: 'accelerate / torchrun asking for libuv on Windows: the libuv fix only', log: 'ww-fluxgym-libuv-tcpstore-py311.log',
    id: 'no-gpu-build-for-platform', fixes: ['Launch without libuv on Windows', 'Or run it under WSL2 / Linux'] },
  { what: 'torch.compile without Triton on native Windows: the Triton fix only', log: 'real-torch-nightly-win-py312-no-triton.log',
    id: 'no-gpu-build-for-platform', fixes: ['Give torch.compile / Triton a Windows build, or run without it', 'Or run it under WSL2 / Linux'] },
  { what: "CTranslate2's CPU-only wheel on aarch64: the ARM64 build fix", log: 'rb-ct2-aarch64-not-compiled-cuda.log',
    id: 'no-gpu-build-for-platform', fixes: ['CTranslate2 on ARM64: build it with CUDA, or run on the CPU', 'Or run it under WSL2 / Linux'] },
  { what: "'Distributed package doesn't have NCCL built in' on Windows: the gloo fix", log: 'ww-hubert-nccl-conda-spawn.log',
    id: 'no-gpu-build-for-platform', fixes: ['Use the gloo backend where torch has no NCCL', 'Or run it under WSL2 / Linux'] },
  { what: "PyTorch's 'MPS backend out of memory' on a Mac: the Apple fix, not nvidia-smi or CUDA allocator settings", log: 'pn-comfy-mac-mps-oom-5gib.log',
    id: 'gpu-out-of-memory', fixes: ["Apple GPU (MPS): need less of the Mac's shared memory"] },
  { what: "a CUDA out-of-memory error: the CUDA fix, not the Apple one", log: 'real-torch-oom-huge-request-grid-sample.log',
    id: 'gpu-out-of-memory', fixes: ['Free GPU memory or need less of it'] },
  { what: "'Torch not compiled with XPU enabled' on an Arc A750: the XPU build, not the CUDA wheel index or Paddle", log: 'pa-sdnext-arc-a750-xpu-cpu-torch.log',
    id: 'torch-cpu-build', fixes: ['Intel GPU (XPU): install the XPU build of torch'] },
  { what: 'an Intel Arc without fp64: the float32 fix, not the nvidia-smi check', log: 'on-ipex-a770-fp64-invalid-kernel.log',
    id: 'gpu-feature-unsupported', fixes: ['Keep the work in float32 on an Intel GPU without fp64'] },
  { what: "'Failed to initialize NVML: Unknown Error' after a daemon reload: the restart fix, not the device-plugin one", log: 'rl-docker-nvml-unknown-after-daemon-reload.log',
    id: 'container-no-gpu', fixes: [CHECK, 'Restart the container, and keep its GPU across daemon reloads'] },
  { what: 'docker --gpus without the NVIDIA Container Toolkit: no NVML cures', log: 'real-docker-gpus-no-toolkit-ubuntu2204.log',
    id: 'container-no-gpu', fixes: [CHECK, 'Start the container with the GPU', 'On Linux, use Docker Engine rather than Docker Desktop or snap Docker'] },
  { what: "the scheduler's 'Insufficient nvidia.com/gpu': the node check, not docker run flags", log: 'thr-k8s-insufficient-gpu-1.log',
    id: 'container-no-gpu', fixes: [CHECK, 'Make the nodes advertise their GPUs'] },
  { what: "the device plugin's 'could not load NVML library': the default-runtime fix", log: 'eval-dev-2026/d2-k8s-device-plugin-nvml-1.log',
    id: 'container-no-gpu', fixes: [CHECK, "Make nvidia the node's default container runtime"] },
  { what: "SELinux's NVML 'Insufficient Permissions' in a Podman container: the device-access fix", log: 'tl-fedora36-selinux-container-use-devices.log',
    id: 'container-no-gpu', fixes: [CHECK, 'Let the container open /dev/nvidia*'] },
  { what: "the hook's 'cgroup subsystem devices not found' on cgroup v2: the cgroup fix", log: 'xl-docker-debian-testing-cgroup-devices-not-found.log',
    id: 'container-no-gpu', fixes: [CHECK, "Let the runtime set up the container's device cgroup"] },
  { what: "WSL 2 Docker's 'GPU access blocked by the operating system': the WSL fix, no Docker Desktop-on-Linux advice", log: 'vl-wsl2-docker-container-gpu-access-blocked.log',
    id: 'container-no-gpu', fixes: [CHECK, 'Start the container with the GPU', 'WSL 2: let the container reach the Windows driver'] },
];

describe('fixes for one message of a family', () => {
  for (const c of EXACT) {
    it(c.what, async () => {
      expect(await fixTitles(realLog(c.log), c.id)).toEqual(c.fixes);
    });
  }

  it('Triton without Python.h in ComfyUI portable (MSVC C1083): the Python-headers fix, no Visual Studio or gcc steps', async () => {
    const titles = await fixTitles(realLog('ya-tritonwin-comfy128-embedded-python-h-c1083.log'), 'build-toolchain-mismatch');
    expect(titles).toContain('Give the build the Python headers');
    expect(titles).not.toContain("Install CUDA's Visual Studio integration");
    expect(titles).not.toContain('Build with a host compiler this CUDA accepts');
  });

  it("nvcc's 'unsupported GNU version' on Linux: the host-compiler fix; the Visual Studio pairing stays hidden", async () => {
    const titles = await fixTitles(realLog('real-cudamemtest-gcc6-titanxp.log'), 'build-toolchain-mismatch');
    expect(titles).toContain('Build with a host compiler this CUDA accepts');
    expect(titles).not.toContain('Pair Visual Studio with a CUDA that supports it');
  });

  it('the same rule with no log (explain) shows every fix', () => {
    const rule = loadRuleSet().rules.find((r) => r.id === 'build-toolchain-mismatch')!;
    expect(viewRule(rule, 'en').fixes.map((f) => f.title)).toEqual(rule.fixes.map((f) => f.title.en));
  });

  it('a finding resting only on signals no fix names gets the unscoped fixes, not the cures of sibling messages', () => {
    const rule = loadRuleSet().rules.find((r) => r.id === 'build-toolchain-mismatch')!;
    const finding = { ...findingOfRule(rule), signals: ['build-toolchain/several-toolkits-prose'] };
    expect(rule.fixes.some((f) => f.signals?.includes('build-toolchain/several-toolkits-prose'))).toBe(false);
    const unscoped = rule.fixes.filter((f) => !f.signals).map((f) => f.title.en);
    expect(unscoped.length).toBeGreaterThan(0);
    expect(unscoped.length).toBeLessThan(rule.fixes.length);
    expect(viewFindings([finding], new Map(), 'en')[0]!.fixes.map((f) => f.title)).toEqual(unscoped);
  });

  it('a rule whose fixes are all scoped still gives such a finding every fix rather than none', () => {
    const rule = loadRuleSet().rules.find((r) => r.id === 'cudnn-version-mismatch')!;
    expect(rule.fixes.every((f) => f.signals)).toBe(true);
    const finding = { ...findingOfRule(rule), signals: [] };
    expect(viewFindings([finding], new Map(), 'en')[0]!.fixes).toHaveLength(rule.fixes.length);
  });

  it("a CPU torch without an XPU message keeps the CUDA reinstall fix (unlessSignals hides it only for the XPU assert)", async () => {
    const titles = await fixTitles('  File "C:\\ComfyUI\\python_embeded\\Lib\\site-packages\\torch\\cuda\\__init__.py", line 310, in _lazy_init\n    raise AssertionError("Torch not compiled with CUDA enabled")\nAssertionError: Torch not compiled with CUDA enabled\n', 'torch-cpu-build');
    expect(titles).toContain('Reinstall torch from the CUDA wheel index');
  });

  it('the loader refuses unlessSignals naming a signal its rule does not use', () => {
    withRuleFolder(({ dir, load }) => {
      const file = join(dir, 'zlibwapi-missing.json');
      const rule = JSON.parse(readFileSync(file, 'utf8'));
      rule.fixes[0].unlessSignals = ['build-toolchain/no-cuda-toolset'];
      writeFileSync(file, JSON.stringify(rule));
      expect(load).toThrow(/fixes\[0\]\.unless\.signals: "build-toolchain\/no-cuda-toolset" is not a signal this rule's "when" uses/);
    });
  });

  it('the loader refuses a fix naming a signal its rule does not use', () => {
    withRuleFolder(({ dir, load }) => {
      const file = join(dir, 'zlibwapi-missing.json');
      const rule = JSON.parse(readFileSync(file, 'utf8'));
      rule.fixes[0].signals = ['build-toolchain/no-cuda-toolset'];
      writeFileSync(file, JSON.stringify(rule));
      expect(load).toThrow(RuleFileError);
      expect(load).toThrow(/fixes\[0\]\.signals: "build-toolchain\/no-cuda-toolset" is not a signal this rule's "when" uses/);
    });
  });
});
