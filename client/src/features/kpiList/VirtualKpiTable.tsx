/**
 * A real <table> whose body renders only the rows near the viewport (TanStack Virtual), with
 * spacer rows above and below so the scrollbar stays true; aria-rowcount/rowindex tell screen
 * readers where they are in the whole list.
 */
import type { KpiSummary } from '@civicstat/shared';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useSite } from '../../api/useSite';
import type { Column } from './columns';

export function VirtualKpiTable({
  kpis,
  columns,
  sort,
  order,
  onSort,
}: {
  kpis: readonly KpiSummary[];
  columns: readonly Column[];
  sort: string;
  order: 'asc' | 'desc';
  onSort: (sort: string, order: 'asc' | 'desc') => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const startMonth = useSite().data?.fiscalYearStartMonth ?? 7;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: kpis.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      className="virtual-table"
      // The scrolling region is focusable so keyboard users can scroll it with the arrow keys.
      tabIndex={0}
      role="region"
      aria-label="KPIs, scrollable"
    >
      <table className="kpi-table" aria-rowcount={kpis.length + 1}>
        <caption className="visually-hidden">All KPIs</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = column.sort !== undefined && column.sort === sort;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSort(column.sort as string, active && order === 'asc' ? 'desc' : 'asc')
                      }
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {active ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="virtual-table__spacer" style={{ height: before }} />
          )}
          {items.map((item) => {
            const kpi = kpis[item.index];
            if (!kpi) return null;
            return (
              <tr
                key={kpi.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
              >
                {columns.map((column) =>
                  column.key === 'name' ? (
                    <th key={column.key} scope="row">
                      {column.cell(kpi, startMonth)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell(kpi, startMonth)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="virtual-table__spacer" style={{ height: after }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
