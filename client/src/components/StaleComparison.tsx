/** In a StaleNotice: the user's version of a record beside the one stored now, field by field. */

export interface StaleRow {
  label: string;
  yours: string;
  stored: string;
  /** Marks the row "Differs", where the table shows the fields that are alike too. */
  differs?: boolean;
}

interface StaleComparisonProps {
  caption: string;
  /** The columns' headings: the user's version, then the stored one. */
  headings: readonly [yours: string, stored: string];
  rows: readonly StaleRow[];
}

export function StaleComparison({ caption, headings, rows }: StaleComparisonProps) {
  return (
    <div className="table-scroll">
      <table className="data-table stale-comparison">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{headings[0]}</th>
            <th scope="col">{headings[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">
                {row.label}
                {row.differs && <span className="tag">Differs</span>}
              </th>
              <td className="stale-comparison__value">{row.yours}</td>
              <td className="stale-comparison__value">{row.stored}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
