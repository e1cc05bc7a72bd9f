import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirectoryLockedError, lockDataDirectory } from './lock';

let directory: string;
let lockFile: string;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-lock-'));
  lockFile = path.join(directory, 'civicstat.lock');
});
afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('lockDataDirectory', () => {
  it('writes our pid and removes the lock on release', () => {
    const release = lockDataDirectory(directory, lockFile);
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('refuses a directory locked by a live process, naming its pid', () => {
    // The parent of this test process is certainly alive.
    fs.writeFileSync(lockFile, `${process.ppid}\n`);
    expect(() => lockDataDirectory(directory, lockFile)).toThrow(DataDirectoryLockedError);
    expect(() => lockDataDirectory(directory, lockFile)).toThrow(
      `in use by another civicstat process (pid ${process.ppid})`,
    );
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that died', () => {
    fs.writeFileSync(lockFile, `${deadPid()}\n`);
    const release = lockDataDirectory(directory, lockFile);
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('takes over an empty, half-written lock file', () => {
    fs.writeFileSync(lockFile, '');
    const release = lockDataDirectory(directory, lockFile);
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
