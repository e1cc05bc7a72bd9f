import type { ReactNode, Ref } from 'react';

export interface SummaryItem {
  /** The id of the field the error is about, which the item links to. */
  fieldId: string;
  text: string;
}

interface ErrorSummaryProps {
  /** Focused after a refused submission so that it is read first. */
  ref: Ref<HTMLDivElement>;
  /** Why the request as a whole was refused, e.g. a wrong password. */
  message?: ReactNode;
  items: SummaryItem[];
}

/** The top of a form after a refused submission: what went wrong, with links to the fields. */
export function ErrorSummary({ ref, message, items }: ErrorSummaryProps) {
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary__title">There is a problem</h2>
      {message && <p className="error-summary__message">{message}</p>}
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                // Focus the field itself, not only scroll to it, and leave the URL alone.
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
