import { kpiStatuses } from '@civicstat/shared';
import { render, screen } from '@testing-library/react';
import { StatusBadge } from './StatusBadge';

const words = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_target: 'No target',
  no_data: 'No data',
} as const;

/** The drawing inside a status's icon, without the class names that carry its colour. */
function iconShape(container: HTMLElement): string {
  const icon = container.querySelector('svg');
  if (!icon) throw new Error('the badge has no icon');
  return icon.innerHTML;
}

describe('StatusBadge', () => {
  test.each(kpiStatuses)('says %s in words, with an icon screen readers skip', (status) => {
    const { container } = render(<StatusBadge status={status} />);

    expect(screen.getByText(words[status])).toBeTruthy();
    const icon = container.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.querySelectorAll('circle, path').length).toBeGreaterThan(0);
  });

  test('no status relies on colour alone: each has an icon of its own shape', () => {
    const shapes = kpiStatuses.map((status) => {
      const { container, unmount } = render(<StatusBadge status={status} />);
      const shape = iconShape(container);
      unmount();
      return shape;
    });

    expect(new Set(shapes).size).toBe(kpiStatuses.length);
  });

  test('the large badge draws a larger icon and says the same words', () => {
    const { container } = render(<StatusBadge status="at_risk" size="large" />);

    expect(screen.getByText('At risk')).toBeTruthy();
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('24');
  });
});
