import { render } from '@testing-library/react';
import { Sparkline } from './Sparkline';

/** The points of the line's path: one "M" or "L" command each. */
function pointsOf(container: HTMLElement): number {
  const d = container.querySelector('path.sparkline__line')?.getAttribute('d') ?? '';
  return d.match(/[ML]/g)?.length ?? 0;
}

describe('Sparkline', () => {
  test.each([
    [[3, 5]],
    [[10, 12, 9, 14, 15, 11]],
    [Array.from({ length: 120 }, (_, i) => Math.sin(i / 6) * 100)],
  ])('draws one path with a point per value (%#)', (values) => {
    const { container } = render(<Sparkline values={values} />);

    expect(container.querySelectorAll('path.sparkline__line')).toHaveLength(1);
    expect(pointsOf(container)).toBe(values.length);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('stays inside its box, even when every value is the same', () => {
    const { container } = render(<Sparkline values={[7, 7, 7]} width={60} height={20} />);

    const numbers = (container.querySelector('path')?.getAttribute('d') ?? '')
      .split(/[ML ]/)
      .filter(Boolean)
      .map(Number);
    expect(numbers.every((n) => Number.isFinite(n) && n >= 0 && n <= 60)).toBe(true);
  });

  test('draws the target as a line of its own', () => {
    const { container } = render(<Sparkline values={[1, 2, 3]} reference={2.5} />);

    expect(container.querySelector('line.sparkline__target')).not.toBeNull();
  });

  test.each([[[]], [[42]]])('draws nothing for fewer than two values (%j)', (values) => {
    const { container } = render(<Sparkline values={values} />);

    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('path')).toBeNull();
  });
});
