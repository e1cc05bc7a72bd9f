/**
 * Largest-Triangle-Three-Buckets downsampling (Sveinn Steinarsson, 2013): keeps the first and
 * last points and, from each bucket in between, the point that forms the largest triangle with
 * its neighbours, so peaks and dips survive where averaging would flatten them.
 */
export function lttb<T>(
  data: readonly T[],
  threshold: number,
  x: (point: T) => number,
  y: (point: T) => number,
): T[] {
  if (threshold >= data.length || threshold < 3) return [...data];
  const first = data[0] as T;
  const last = data[data.length - 1] as T;
  const sampled: T[] = [first];
  // The points between the first and the last, shared among threshold − 2 buckets.
  const bucketSize = (data.length - 2) / (threshold - 2);
  let previous = first;
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    // The next bucket's average stands in for the next point, not chosen yet.
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, data.length);
    let averageX = 0;
    let averageY = 0;
    for (let i = nextStart; i < nextEnd; i += 1) {
      averageX += x(data[i] as T);
      averageY += y(data[i] as T);
    }
    const count = Math.max(nextEnd - nextStart, 1);
    averageX /= count;
    averageY /= count;

    const previousX = x(previous);
    const previousY = y(previous);
    let largest = -1;
    let chosen = data[start] as T;
    for (let i = start; i < end; i += 1) {
      const point = data[i] as T;
      const area = Math.abs(
        (previousX - averageX) * (y(point) - previousY) -
          (previousX - x(point)) * (averageY - previousY),
      );
      if (area > largest) {
        largest = area;
        chosen = point;
      }
    }
    sampled.push(chosen);
    previous = chosen;
  }
  sampled.push(last);
  return sampled;
}
