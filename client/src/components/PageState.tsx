/** What a page shows instead of its content: loading, a failure with a retry, or nothing yet. */
import type { ReactNode } from 'react';
import { describeError } from './describeError';

type PageStateProps =
  | { kind: 'loading'; label: string }
  | { kind: 'error'; title: string; error: unknown; onRetry: () => void }
  | { kind: 'empty'; title: string; children: ReactNode };

export function PageState(props: PageStateProps) {
  switch (props.kind) {
    case 'loading':
      return (
        <div className="page-state" aria-busy="true">
          <p role="status" className="page-state__status">
            {props.label}
          </p>
          <div className="skeleton" aria-hidden="true">
            <div className="skeleton__line skeleton__line--title" />
            <div className="skeleton__line" />
            <div className="skeleton__line skeleton__line--short" />
            <div className="skeleton__grid">
              <div className="skeleton__card" />
              <div className="skeleton__card" />
              <div className="skeleton__card" />
            </div>
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="page-state page-state--error">
          <div role="alert">
            <h1>{props.title}</h1>
            <p>{describeError(props.error)}</p>
          </div>
          <button type="button" className="button" onClick={props.onRetry}>
            Try again
          </button>
        </div>
      );
    case 'empty':
      return (
        <div className="page-state page-state--empty">
          <h1>{props.title}</h1>
          {props.children}
        </div>
      );
  }
}
