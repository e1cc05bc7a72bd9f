/** A record's values, label beside value, e.g. as stored now in a StaleNotice. */
import type { ReactNode } from 'react';

export function StoredValues({ rows }: { rows: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="stale-notice__values">
      {rows.map((row) => (
        <div key={row.label} className="stale-notice__pair">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
