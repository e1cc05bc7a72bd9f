/** After a 412: someone changed the record since the user opened it, and nothing was saved. */
import type { ReactNode, Ref } from 'react';

interface StaleNoticeProps {
  /** Given, the notice can take focus through it, so that it is read first. */
  ref?: Ref<HTMLDivElement>;
  /** What was not saved, and what to do now. */
  children: ReactNode;
}

export function StaleNotice({ ref, children }: StaleNoticeProps) {
  return (
    <div
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      className={ref ? 'stale-notice focus-target' : 'stale-notice'}
      role="alert"
    >
      <p className="stale-notice__title">Someone changed this since you opened it.</p>
      {children}
    </div>
  );
}
