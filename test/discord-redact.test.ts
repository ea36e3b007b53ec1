import { describe, expect, it } from 'vitest';
import { redactText } from '../adapters/discord/redact.js';

describe('redactText', () => {
  it('hides Windows user names in paths, and says when the name was non-ASCII', () => {
    expect(redactText('Could not load C:\\Users\\jsmith\\anaconda3\\envs\\tf\\lib\\site-packages\\cudnn64_8.dll'))
      .toBe('Could not load C:\\Users\\<user>\\anaconda3\\envs\\tf\\lib\\site-packages\\cudnn64_8.dll');
    expect(redactText('File "C:\\Users\\张伟\\AppData\\Local\\Programs\\Python\\Python310\\lib\\ctypes\\__init__.py", line 374'))
      .toBe('File "C:\\Users\\<user:non-ASCII>\\AppData\\Local\\Programs\\Python\\Python310\\lib\\ctypes\\__init__.py", line 374');
    expect(redactText('c:/users/Ana María/miniconda3/python.exe')).toBe('c:/users/<user:non-ASCII>/miniconda3/python.exe');
    expect(redactText('/mnt/c/Users/bob/Downloads/cudnn.zip')).toBe('/mnt/c/Users/<user>/Downloads/cudnn.zip');
    // nothing personal in these
    expect(redactText('C:\\Users\\Public\\Desktop')).toBe('C:\\Users\\Public\\Desktop');
    expect(redactText('C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8\\bin')).toBe('C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8\\bin');
  });

  it('hides home directories on Linux and macOS', () => {
    expect(redactText('  File "/home/alice/venv/lib/python3.10/site-packages/torch/__init__.py", line 229'))
      .toBe('  File "/home/<user>/venv/lib/python3.10/site-packages/torch/__init__.py", line 229');
    expect(redactText('/Users/bob.k/miniforge3/bin/python')).toBe('/Users/<user>/miniforge3/bin/python');
    expect(redactText('cd ~carol/projects')).toBe('cd ~<user>/projects');
    expect(redactText('ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory'))
      .toBe('ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory');
  });

  it('hides tokens, keys and credentials', () => {
    expect(redactText('HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz123456')).toBe('HF_TOKEN=<secret>');
    expect(redactText('using ghp_0123456789abcdefghijABCDEFGHIJ012345 for git')).toBe('using <secret> for git');
    expect(redactText('api_key: "abc123def456"')).toBe('api_key: "<secret>"');
    expect(redactText('Authorization: Bearer abcdefghijklmnop.qrstuv')).toBe('Authorization: Bearer <secret>');
    expect(redactText('Looking in indexes: https://deploy:s3cr3t@pypi.example.com/simple')).toBe('Looking in indexes: https://<credentials>@pypi.example.com/simple');
    expect(redactText('MTA1MjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789'))
      .toBe('<secret>');
  });

  it('hides e-mail addresses and IP addresses but keeps versions and loopback', () => {
    expect(redactText('Author-email: jane.doe@example.org')).toBe('Author-email: <email>');
    expect(redactText('connect to 192.168.1.23:29500 failed')).toBe('connect to <ip> failed');
    expect(redactText('MASTER_ADDR=10.0.0.5')).toBe('MASTER_ADDR=<ip>');
    expect(redactText('listening on 127.0.0.1:8888')).toBe('listening on 127.0.0.1:8888');
    expect(redactText('inet6 fe80::1c2b:3dff:fe4e:5f60')).toBe('inet6 <ip>');
    // versions that look like dotted quads
    expect(redactText('Driver Version: 535.104.05   CUDA Version: 12.2')).toBe('Driver Version: 535.104.05   CUDA Version: 12.2');
    expect(redactText('Faulting module name: nvcuda64.dll, version: 31.0.15.3129')).toBe('Faulting module name: nvcuda64.dll, version: 31.0.15.3129');
    expect(redactText('Microsoft Windows [Version 10.0.19045.2965]')).toBe('Microsoft Windows [Version 10.0.19045.2965]');
    expect(redactText('2023-01-05 10:12:01.123: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1616]'))
      .toBe('2023-01-05 10:12:01.123: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1616]');
    expect(redactText('c10::cuda::CUDAError')).toBe('c10::cuda::CUDAError');
  });
});
