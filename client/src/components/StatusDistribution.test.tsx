import type { RollUp } from '@civicstat/shared';
import { render, screen } from '@testing-library/react';
import { StatusDistribution } from './StatusDistribution';

function rollUp(counts: Partial<RollUp['counts']>): RollUp {
  const full = { on_track: 0, at_risk: 0, off_track: 0, no_target: 0, no_data: 0, ...counts };
  return {
    total: Object.values(full).reduce((sum, count) => sum + count, 0),
    counts: full,
    shareOnTrack: null,
    offTrack: [],
  };
}

function legend(): string[] {
  return screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
}

describe('StatusDistribution', () => {
  test('lists each non-zero count in words, with thousands separators', () => {
    render(<StatusDistribution rollUp={rollUp({ on_track: 1234, off_track: 5, no_data: 12 })} />);

    expect(legend().sort()).toEqual(['1,234 on track', '12 no data', '5 off track']);
  });

  test('omits the statuses no KPI has', () => {
    render(<StatusDistribution rollUp={rollUp({ at_risk: 3 })} />);

    expect(legend()).toEqual(['3 at risk']);
    expect(screen.queryByText(/on track|off track|no data|no target/)).toBeNull();
  });

  test('gives every counted status its icon, and hides the coloured bar from screen readers', () => {
    const { container } = render(
      <StatusDistribution rollUp={rollUp({ on_track: 2, at_risk: 1, no_target: 4 })} />,
    );

    for (const item of screen.getAllByRole('listitem')) {
      expect(item.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
    expect(container.querySelector('.status-bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('says so when there are no KPIs at all', () => {
    render(<StatusDistribution rollUp={rollUp({})} />);

    expect(legend()).toEqual(['No KPIs yet']);
  });
});
