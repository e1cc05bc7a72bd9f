import { columns } from './columns';

/** Which columns the table shows: a disclosure of checkboxes, kept in the URL by the page. */
export function ColumnChooser({
  shown,
  onChange,
}: {
  shown: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  return (
    <details className="column-chooser">
      <summary>Columns ({shown.length})</summary>
      <fieldset>
        <legend className="visually-hidden">Columns to show</legend>
        {columns.map((column) => {
          const checked = shown.includes(column.key);
          return (
            <label key={column.key} className="column-chooser__option">
              <input
                type="checkbox"
                checked={checked}
                // The KPI's name always shows: without it a row says nothing.
                disabled={column.key === 'name'}
                onChange={() =>
                  onChange(
                    columns
                      .map((candidate) => candidate.key)
                      .filter((key) => (key === column.key ? !checked : shown.includes(key))),
                  )
                }
              />
              {column.label}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
