import type { Trend } from '@civicstat/shared';
import { render } from '@testing-library/react';
import { TrendIndicator } from './TrendIndicator';

/** What the indicator shows: the arrow (hidden from screen readers) and the words. */
function shown(trend: Trend | null): { arrow: string | null; words: string } {
  const { container, unmount } = render(<TrendIndicator trend={trend} />);
  const arrow = container.querySelector('[aria-hidden="true"]');
  const result = {
    arrow: arrow?.textContent ?? null,
    words: (container.textContent ?? '').replace(arrow?.textContent ?? '', ''),
  };
  unmount();
  return result;
}

describe('TrendIndicator', () => {
  test.each([
    [{ label: 'improving', slope: 2.5 }, '↗', 'Improving'],
    // A KPI that should go down (response times) improves as its numbers fall.
    [{ label: 'improving', slope: -1 }, '↘', 'Improving'],
    [{ label: 'worsening', slope: 0.4 }, '↗', 'Worsening'],
    [{ label: 'worsening', slope: -3 }, '↘', 'Worsening'],
    [{ label: 'flat', slope: 0.001 }, '→', 'Flat'],
    [{ label: 'flat', slope: 0 }, '→', 'Flat'],
  ] as const)('%o shows %s and says "%s"', (trend, arrow, words) => {
    expect(shown(trend)).toEqual({ arrow, words });
  });

  test('without a trend it says there is not enough data, with no arrow', () => {
    expect(shown(null)).toEqual({ arrow: null, words: 'Not enough data' });
  });
});
