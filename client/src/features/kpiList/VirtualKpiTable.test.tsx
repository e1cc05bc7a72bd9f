import type { KpiSummary } from '@civicstat/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { columns } from './columns';
import { VirtualKpiTable } from './VirtualKpiTable';

function kpi(id: number): KpiSummary {
  return {
    id,
    code: `K-${String(id).padStart(4, '0')}`,
    name: `KPI number ${id}`,
    unit: 'permits',
    displayFormat: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    tolerance: 0.05,
    isPublic: true,
    department: { id: 1, code: 'DSC', name: 'Development Services' },
    objective: null,
    goal: null,
    performance: {
      status: 'on_track',
      stale: false,
      latest: { periodStart: '2026-10-01', value: 1234.5, target: { value: 1000 } },
      fiscalYearToDate: {
        fiscalYear: 2027,
        value: 5000,
        target: null,
        status: 'on_track',
        periods: 4,
      },
      trend: null,
      yearOverYear: null,
      sparkline: [],
    },
  };
}

// jsdom does no layout: give the scrolling region a viewport's height and each row a row's.
beforeAll(() => {
  for (const property of ['offsetHeight', 'clientHeight'] as const) {
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('virtual-table') ? 800 : 40;
      },
    });
  }
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, value: 1200 });
});

describe('VirtualKpiTable', () => {
  test('renders a few dozen rows of 1,500, and tells assistive technology the whole count', () => {
    const kpis = Array.from({ length: 1500 }, (_, index) => kpi(index + 1));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <VirtualKpiTable
            kpis={kpis}
            columns={columns}
            sort="code"
            order="asc"
            onSort={() => {}}
          />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('1501');
    const rendered = table.querySelectorAll('tbody tr[data-index]');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    // The first row is KPI 1, with its figure formatted for people.
    const first = rendered[0] as HTMLElement;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    expect(within(first).getByRole('link', { name: 'KPI number 1' })).toBeTruthy();
    expect(first.textContent).toContain('1,235');
    // The header's current sort is announced.
    expect(screen.getByRole('columnheader', { name: /Code/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });
});
