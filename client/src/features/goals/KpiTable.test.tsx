import type { KpiSummary } from '@civicstat/shared';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { KpiTable } from './KpiTable';

function kpi(id: number, fiscalYearToDate: KpiSummary['performance']['fiscalYearToDate']) {
  return {
    id,
    code: `GS-0${id}`,
    name: `KPI ${id}`,
    unit: 'metric tons',
    displayFormat: 'count',
    direction: 'decrease',
    frequency: 'annual',
    aggregation: 'sum',
    tolerance: 0.05,
    isPublic: true,
    department: { id: 1, code: 'GS', name: 'General Services' },
    objective: null,
    goal: null,
    performance: {
      status: 'no_data',
      stale: false,
      latest: null,
      fiscalYearToDate,
      trend: null,
      yearOverYear: null,
      sparkline: [],
    },
  } satisfies KpiSummary;
}

describe('KpiTable', () => {
  test('shows a fiscal-year-to-date target beside a value, never under "No data"', () => {
    render(
      <MemoryRouter>
        <KpiTable
          caption="Goal 5's KPIs"
          fiscalYearStartMonth={7}
          kpis={[
            kpi(1, {
              fiscalYear: 2027,
              value: null,
              target: { value: 0 },
              status: 'no_data',
              periods: 0,
            }),
            kpi(2, {
              fiscalYear: 2027,
              value: 1200,
              target: { value: 1500 },
              status: 'on_track',
              periods: 4,
            }),
          ]}
        />
      </MemoryRouter>,
    );
    const cell = (name: string) =>
      within(screen.getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')[3];
    expect(cell('KPI 1')?.textContent).toBe('No data');
    expect(cell('KPI 2')?.textContent).toBe('1,200target 1,500');
  });
});
