import fc from 'fast-check';
import { lttb } from './lttb';

interface Point {
  x: number;
  y: number;
}
const byX = (p: Point) => p.x;
const byY = (p: Point) => p.y;
const line = (values: number[]): Point[] => values.map((y, x) => ({ x, y }));

describe('lttb', () => {
  it('returns short series whole', () => {
    const data = line([1, 2, 3]);
    expect(lttb(data, 10, byX, byY)).toEqual(data);
    expect(lttb(data, 3, byX, byY)).toEqual(data);
  });

  it('returns the series whole for a threshold too small to mean anything', () => {
    const data = line([1, 2, 3, 4, 5]);
    expect(lttb(data, 2, byX, byY)).toEqual(data);
  });

  it('keeps a spike that averaging would flatten', () => {
    const values = Array.from({ length: 100 }, () => 10);
    values[57] = 90;
    const sampled = lttb(line(values), 10, byX, byY);
    expect(sampled).toHaveLength(10);
    expect(sampled).toContainEqual({ x: 57, y: 90 });
  });

  it('picks points of the input, in order, with the first and the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 400 }),
        fc.integer({ min: 3, max: 120 }),
        (values, threshold) => {
          const data = line(values);
          const sampled = lttb(data, threshold, byX, byY);
          expect(sampled).toHaveLength(Math.min(threshold, data.length));
          expect(sampled[0]).toBe(data[0]);
          expect(sampled.at(-1)).toBe(data.at(-1));
          for (let i = 1; i < sampled.length; i += 1) {
            expect((sampled[i] as Point).x).toBeGreaterThan((sampled[i - 1] as Point).x);
            expect(data).toContain(sampled[i]);
          }
        },
      ),
    );
  });
});
