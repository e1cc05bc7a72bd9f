/** A line every few seconds while a long step runs, so a big load never looks hung. */

const INTERVAL_MS = 3000;

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private lastPrinted = this.started;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  add(count: number): void {
    this.done += count;
    const now = performance.now();
    if (now - this.lastPrinted >= INTERVAL_MS) {
      this.lastPrinted = now;
      this.print(now);
    }
  }

  /** Prints the final count; returns the seconds the step took. */
  finish(): number {
    const now = performance.now();
    this.print(now);
    return (now - this.started) / 1000;
  }

  private print(now: number): void {
    const seconds = (now - this.started) / 1000;
    const percent = this.total === 0 ? 100 : (100 * this.done) / this.total;
    console.log(
      `  ${this.label}: ${formatCount(this.done)} / ${formatCount(this.total)} rows (${percent.toFixed(0)}%), ` +
        `${formatCount(this.done / Math.max(seconds, 0.001))} rows/s, ${seconds.toFixed(1)} s`,
    );
  }
}
