/** A tiny seeded pseudo-random generator, so the demo data is the same on every run. */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Roughly standard normal (mean 0, sd 1), bounded to about ±3.5. */
  normal(): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a: a stable 32-bit hash, so each KPI's stream depends on its code, not its position. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: 32 bits of state, fast, and good enough for demo noise. */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'string' ? hashString(seed) : seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    // A sum of four uniforms (Irwin–Hall) rescaled: plain arithmetic, identical on every platform.
    normal: () => (next() + next() + next() + next() - 2) * Math.sqrt(3),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('cannot pick from an empty list');
      return item;
    },
  };
}
