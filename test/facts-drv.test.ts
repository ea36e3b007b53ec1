// Facts the driver/CUDA rules lean on, from real-shaped excerpts: the CUDA of TF's tested GPU build and the driver
// it needs (so TF's generic "possibly insufficient driver version" is checked against the tables), conda CPU-only
// metapackages, localised `wsl -l -v` rows and Apptainer runs.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';

const run = async (text: string) => {
  const { facts, findings } = await diagnoseText(text);
  return { facts: Object.fromEntries([...facts].map(([k, v]) => [k, v.value])), ids: findings.map((f) => f.rule.id) };
};

const TF113_CUDNN = `tensorflow-gpu 1.13.1 / CUDA 10.0 / cuDNN 7.4.2 / Ubuntu 18.04
2019-05-27 17:42:31.028361: E tensorflow/stream_executor/cuda/cuda_dnn.cc:334] Could not create cudnn handle: CUDNN_STATUS_NOT_INITIALIZED
2019-05-27 17:42:31.028417: E tensorflow/stream_executor/cuda/cuda_dnn.cc:342] Possibly insufficient driver version: 410.78.0`;

describe('TF build CUDA and driver floor', () => {
  it('reads the TF version from "tensorflow-gpu 1.13.1" and derives CUDA 10.0 and its Linux driver floor', async () => {
    const { facts } = await run(TF113_CUDNN);
    expect(facts.tfVersion).toBe('1.13.1');
    expect(facts.tfBuildCuda).toBe('10.0');
    expect(facts.tfMinDriver).toMatch(/^410\./);
  });

  it('a cuDNN handle failure with a sufficient driver is not driver-too-old', async () => {
    const { ids } = await run(TF113_CUDNN);
    expect(ids[0]).toBe('cudnn-init-failed');
    expect(ids).not.toContain('driver-too-old');
  });

  it('the same failure with a driver below the TF build floor is driver-too-old', async () => {
    const { ids } = await run(TF113_CUDNN.replace(/410\.78\.0/, '396.54.0'));
    expect(ids).toContain('driver-too-old');
  });

  it('single-digit CUDA cells of old TF rows ("9") still give a floor', async () => {
    const { facts } = await run('tensorflow-gpu 1.12.0 on Ubuntu 16.04');
    expect(facts.tfBuildCuda).toBe('9.0');
    expect(facts.tfMinDriver).toBeDefined();
  });
});

describe('conda CPU-only metapackages', () => {
  it('cpuonly / pytorch-mutex cpu rows make a CPU build', async () => {
    const { facts } = await run('# Name    Version   Build  Channel\ncpuonly                   2.0                           0    pytorch\npytorch-mutex             1.0                         cpu    pytorch');
    expect(facts.torchBuild).toBe('cpu');
  });

  it('a CUDA pytorch-mutex is not a CPU build', async () => {
    const { facts } = await run('pytorch-mutex             1.0                        cuda    pytorch\npytorch                   2.0.1           py3.9_cuda11.8_cudnn8_0    pytorch');
    expect(facts.torchBuild).toBe('cuda');
  });
});

describe('WSL version and containers', () => {
  it('a localised `wsl -l -v` row with VERSION 1 is WSL1', async () => {
    expect((await run('* Ubuntu                 Wird ausgeführt 1')).facts.os).toBe('wsl1');
    expect((await run('* Ubuntu-22.04    正在运行         1')).facts.os).toBe('wsl1');
    expect((await run('* Ubuntu-22.04    正在运行         2')).facts.os).not.toBe('wsl1');
  });

  it('an Apptainer run is a container', async () => {
    expect((await run('$ apptainer exec pytorch.sif python train.py')).facts.inContainer).toBe(true);
  });
});
