// The reasons of a family of messages (a rule's "reasons", docs/RULES.md "Reasons for one message"): on a real log
// the explanation names the limit the log ran into, not every sibling message's; a finding resting on no signal a
// reason names, and a rule shown without a log (explain), get every reason; the loader refuses a reason naming a
// signal its rule does not use, and a why without its {{reasons}} slot.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { findingOfRule } from '../src/engine/rank.js';
import { viewFindings, viewRule } from '../src/report/view.js';
import { loadRuleSet, RuleFileError } from '../src/engine/load-rules.js';
import type { Lang } from '../src/engine/rule-types.js';
import { withRuleFolder } from './rule-folder.js';
import { realLog } from './real-logs.js';

const GPU_FEATURE = 'gpu-feature-unsupported';
const CONTAINER = 'container-no-gpu';
const CUDNN = 'cudnn-version-mismatch';
const XID = 'gpu-xid-fault';
const rule = (id = GPU_FEATURE) => loadRuleSet().rules.find((r) => r.id === id)!;
/** a rule's reason texts in one language, by the first signal each names */
const reasonText = (signal: string, lang: Lang = 'en', id = GPU_FEATURE) => rule(id).reasons!.find((r) => r.signals[0] === signal)!.text[lang];

/** A reason's text as it reads once its placeholders ({{pkg|The framework}}) are filled, as a RegExp. */
const filled = (text: string): RegExp =>
  new RegExp(text.split(/\{\{[^}]*\}\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{1,40}?'));

async function why(log: string, lang: Lang = 'en', id = GPU_FEATURE): Promise<string> {
  const d = await diagnoseText(log);
  const finding = d.findings.find((f) => f.rule.id === id);
  expect(finding, `${id} found`).toBeDefined();
  return viewFindings([finding!], d.facts, lang)[0]!.why;
}

// real corpus logs and the reasons their explanation gives (by each reason's first signal), in that order
const CASES: Array<{ what: string; log: string; id: string; reasons: string[] }> = [
  { what: 'vLLM refusing bfloat16 on a V100', log: 'ra-transformerlab-vllm-v100-bf16-62.log', id: GPU_FEATURE, reasons: ['gpu-feature/bf16'] },
  { what: "ComfyUI's cudaMallocAsync 'operation not supported'", log: 'ta-comfy-portable-cuda-malloc-warning-op-not-supported.log', id: GPU_FEATURE, reasons: ['gpu-feature/malloc-async-context'] },
  { what: 'A1111 NaNs in the UNet on a GTX 1650 SUPER', log: 'ua-a1111-gtx1650s-nans-unet-half.log', id: GPU_FEATURE, reasons: ['gpu-feature/sd-nans'] },
  { what: 'faster-whisper float16 on a Tesla P40', log: 'ra-whisperdiar-p40-fp16-106.log', id: GPU_FEATURE, reasons: ['gpu-feature/ct2-fp16'] },
  { what: "bitsandbytes' Linux .so loaded on Windows (WinError 193)", log: 'yz-kohya-db-bnb-linux-so-winerror193.log', id: 'no-gpu-build-for-platform',
    reasons: ['no-gpu-build/bnb-windows'] },
  { what: "'Distributed package doesn't have NCCL built in' on Windows", log: 'ww-hubert-nccl-conda-spawn.log', id: 'no-gpu-build-for-platform', reasons: ['no-gpu-build/nccl-not-built'] },
  { what: "pip's 'from versions: none' for torch on Python 3.12", log: 'real-pip-py3121-torch-tf-none-win.log', id: 'python-version-unsupported', reasons: ['framework-no-matching-distribution'] },
  { what: "'Dynamo is not supported on Python 3.12+'", log: 'za-chattts-ui-linux-py312-dynamo.log', id: 'python-version-unsupported', reasons: ['python-version-unsupported/torch-compile-python'] },
  { what: 'a container started without --gpus: torch finds no driver', log: 'drv-container-no-gpu-4.log', id: CONTAINER, reasons: ['driver-not-loaded/nvidia-smi-missing'] },
  { what: "Docker's 'could not select device driver' (no NVIDIA Container Toolkit)", log: 'qm-nndetection-docker-select-device-driver.log', id: CONTAINER,
    reasons: ['container-no-gpu/toolkit-missing'] },
  { what: "NVML 'Unknown Error' after systemctl daemon-reload", log: 'rl-docker-nvml-unknown-after-daemon-reload.log', id: CONTAINER, reasons: ['container-no-gpu/nvml-unknown'] },
  { what: "the scheduler's 'Insufficient nvidia.com/gpu'", log: 'thr-k8s-insufficient-gpu-1.log', id: CONTAINER, reasons: ['container-no-gpu/k8s-insufficient-gpu'] },
  { what: "the device plugin's NVML error beside NVML 'Unknown Error' (crun 1.18)", log: 'ql-crun-118-k8s-device-plugin-nvml-unknown-error.log', id: CONTAINER,
    reasons: ['container-no-gpu/nvml-unknown', 'container-no-gpu/plugin-no-nvml'] },
  { what: "Singularity --nv on a Jetson: 'could not find any nv files on this host'", log: 'wl-jetson-singularity-nv-no-nv-files.log', id: CONTAINER,
    reasons: ['container-no-gpu/nv-files-missing', 'container-no-gpu/jetson-host'] },
  { what: "TF's 'Loaded runtime CuDNN library: X but source was compiled with: Y' (both versions named)", log: 'eco-tf1-cudnnver-2.log', id: CUDNN,
    reasons: ['cudnn-ver-runtime-vs-compiled'] },
  { what: "JAX's 'Outdated cuDNN installation found' (no versions named)", log: 'eval-dev-2026/d2-jax-pixi-cudnn-1.log', id: CUDNN, reasons: ['cudnn-ver-unnumbered'] },
  { what: "Paddle's CUDNN error(9) NOT_SUPPORTED", log: 'ta-paddleocr-v4server-win-cudnn86-not-supported.log', id: CUDNN, reasons: ['cudnn-ver-not-supported'] },
  { what: 'a cuDNN 8 sub-library with Windows error 127', log: 'tw-ort1163-csharp-cudnn-cnn-infer-127.log', id: CUDNN, reasons: ['cudnn-ver-sublib-127'] },
  { what: "'Torch not compiled with XPU enabled' on an Arc A750: the XPU build, not the CUDA wheel story", log: 'pa-sdnext-arc-a750-xpu-cpu-torch.log', id: 'torch-cpu-build',
    reasons: ['torch-cpu-build/not-compiled-xpu'] },
  { what: "WinError 127 on torch's own cudnn_adv_infer64_8.dll (French Windows)", log: 'sw-kohya-127-french-cudnn-adv.log', id: 'cuda-lib-conflict',
    reasons: ['conflict-winerror-127-cuda-dll'] },
  { what: 'GSP timeouts (Xid 119)', log: 'real-nvdocker-oci-fail-xid119-gsp.log', id: XID, reasons: ['xid/gsp-xid'] },
];

describe('reasons for one message of a family', () => {
  for (const c of CASES) {
    it(`${c.what}: the why gives its own reasons and no sibling's`, async () => {
      const text = await why(realLog(c.log), 'en', c.id);
      expect(text).toMatch(filled(c.reasons.map((r) => reasonText(r, 'en', c.id)).join(' ')));
      for (const other of rule(c.id).reasons!.filter((r) => !c.reasons.includes(r.signals[0]!))) expect(text).not.toMatch(filled(other.text.en));
      expect(text).not.toContain('{{');
    });
  }

  it('a why without versions in its log names none, and a GSP fault is not told the driver is never the cause', async () => {
    const numberless = await why(realLog('eval-dev-2026/d2-jax-pixi-cudnn-1.log'), 'en', CUDNN);
    expect(numberless).not.toMatch(/cuDNN X\b|path is another version/);
    const gsp = await why(realLog('real-nvdocker-oci-fail-xid119-gsp.log'), 'en', XID);
    expect(gsp).toContain('another driver branch can help');
    expect(gsp).not.toMatch(/driver(?:, CUDA and framework)? versions? (?:is|are) not the cause|not of the driver|Reinstalling the driver/);
  });

  it("error 127 names the DLL that failed as the one that was loaded, not as 'the library it depends on'; a Linux symbol clash keeps the general why", async () => {
    const win = await why(realLog('sw-kohya-127-french-cudnn-adv.log'), 'en', 'cuda-lib-conflict');
    expect(win).toContain('error 127 ("The specified procedure could not be found") on cudnn_adv_infer64_8.dll means that DLL was found and loaded');
    expect(win).not.toMatch(/depends on \(cudnn_adv_infer64_8\.dll\)/);
    const linux = await why(realLog('lib-cuda-lib-conflict-3.log'), 'en', 'cuda-lib-conflict');
    expect(linux).toMatch(/^A CUDA library was loaded from one place and the library it depends on \(lib\w+/);
    expect(linux).not.toMatch(/error 127|PhysX/);
  });

  it('in Chinese too, joined without a space', async () => {
    const text = await why(realLog('ra-transformerlab-vllm-v100-bf16-62.log'), 'zh-CN');
    expect(text).toContain(`${reasonText('gpu-feature/bf16', 'zh-CN')}重装驱动`);
  });

  it('explain (no log) and a finding on no signal a reason names give every reason, in the rule\'s order', () => {
    const all = rule().reasons!.map((r) => r.text.en).join(' ');
    expect(viewRule(rule(), 'en').why).toContain(all);
    const finding = { ...findingOfRule(rule()), signals: ['gpu-feature/xformers-no-cuda'] };
    expect(viewFindings([finding], new Map(), 'en')[0]!.why).toContain(all);
  });

  it("nvidia-smi's bare 'No devices were found' is explained as a loaded driver with no usable GPU; other driver failures keep the general why", async () => {
    const DRIVER = 'driver-not-loaded';
    const [general, noDevices] = rule(DRIVER).reasons!;
    expect(general!.signals).toEqual([]);
    // a KVM guest whose passed-through T4 the driver did not take on: nvidia-smi's line alone
    const kvm = await why(realLog('ul-kvm-passthrough-t4-centos-smi-no-devices.log'), 'en', DRIVER);
    expect(kvm).toContain(noDevices!.text.en);
    expect(kvm).not.toContain(general!.text.en);
    // "couldn't communicate with the NVIDIA driver": the module is not loaded, the general why
    const noModule = await why(realLog('drv-driver-not-loaded-4.log'), 'en', DRIVER);
    expect(noModule).toContain(general!.text.en);
    expect(noModule).not.toContain('No devices were found');
    // a finding on facts alone (a scan: no driver, no nvidia-smi) takes the general reason only; explain takes both
    const factsOnly = { ...findingOfRule(rule(DRIVER)), signals: [] };
    expect(viewFindings([factsOnly], new Map(), 'en')[0]!.why).toBe(general!.text.en);
    expect(viewRule(rule(DRIVER), 'en').why).toBe(`${general!.text.en} ${noDevices!.text.en}`);
  });

  it("the bare line gives no driver finding where the poster says the node has no GPU, and is the container's in a container", async () => {
    // singuconda's GPU check on a login node without GPUs: the helper's own check is the bug
    const healthy = await diagnoseText(realLog('pl-healthy-singuconda-no-devices-adds-nv.log'));
    expect(healthy.findings.map((f) => f.rule.id)).toEqual([]);
    const inContainer = await diagnoseText('root@3f2a9c1b7d4e:/workspace# nvidia-smi\nNo devices were found\n');
    expect(inContainer.findings.map((f) => f.rule.id)).toEqual([CONTAINER]);
  });

  it('the loader refuses a reason naming a signal its rule does not use, and a why without the slot', () => {
    withRuleFolder(({ dir, load }) => {
      const file = join(dir, 'gpu-feature-unsupported.json');
      const spec = JSON.parse(readFileSync(file, 'utf8'));
      spec.reasons[0].signals = ['build-toolchain/no-cuda-toolset'];
      writeFileSync(file, JSON.stringify(spec));
      expect(load).toThrow(RuleFileError);
      expect(load).toThrow(/reasons\[0\]\.signals: "build-toolchain\/no-cuda-toolset" is not a signal this rule's "when" uses/);
      spec.reasons[0].signals = ['gpu-feature/bf16'];
      spec.why['zh-CN'] = spec.why['zh-CN'].replace('{{reasons}}', '');
      writeFileSync(file, JSON.stringify(spec));
      expect(load).toThrow(/why\.zh-CN has no \{\{reasons\}\} slot/);
    });
  });
});
