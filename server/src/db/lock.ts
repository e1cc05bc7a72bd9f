/**
 * An exclusive lock on the embedded database's directory. PGlite serves one process: two
 * processes writing the same directory silently lose writes, so the second one must stop.
 */
import fs from 'node:fs';

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError';
  constructor(
    readonly directory: string,
    readonly pid: number,
  ) {
    super(
      `the data directory ${directory} is in use by another civicstat process (pid ${pid}); stop it first, or set DATA_DIR to another directory`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file atomically (O_EXCL), taking over a lock left by a dead process.
 * Returns a function that releases it; it is also released when the process exits.
 */
export function lockDataDirectory(directory: string, lockFile: string): () => void {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readPid(lockFile);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
      throw new DataDirectoryLockedError(directory, holder);
    }
    // A stale lock (or a half-written one): move it aside. Only one of several racing
    // processes can rename it; the others retry and find the winner's live lock.
    try {
      fs.renameSync(lockFile, `${lockFile}.stale-${process.pid}`);
      fs.rmSync(`${lockFile}.stale-${process.pid}`, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`could not lock the data directory ${directory}`);
}
