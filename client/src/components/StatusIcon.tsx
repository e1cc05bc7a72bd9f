import type { KpiStatus } from '@civicstat/shared';
import './performance.css';

/**
 * A different shape per status (circle with a tick, triangle, octagon with a cross, dashed
 * circle, hollow circle), so status reads without colour. Decorative: the label says it in words.
 */
export function StatusIcon({ status, size = 16 }: { status: KpiStatus; size?: number }) {
  return (
    <svg
      className={`status-icon status-icon--${status}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shapes[status]}
    </svg>
  );
}

const shapes: Record<KpiStatus, React.ReactNode> = {
  on_track: (
    <>
      <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      <path d="M4.5 8.3 7 10.8l4.6-5" fill="none" stroke="#fff" strokeWidth="2" />
    </>
  ),
  at_risk: (
    <>
      <path d="M8 .8 15.4 14.6H.6Z" fill="currentColor" />
      <path d="M8 5.5v4.6" stroke="#000" strokeWidth="1.8" />
      <circle cx="8" cy="12.2" r="1" fill="#000" />
    </>
  ),
  off_track: (
    <>
      <path d="M5 .5h6L15.5 5v6L11 15.5H5L.5 11V5Z" fill="currentColor" />
      <path d="m5.2 5.2 5.6 5.6m0-5.6-5.6 5.6" stroke="#fff" strokeWidth="2" />
    </>
  ),
  no_target: (
    <circle
      cx="8"
      cy="8"
      r="6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeDasharray="3 2"
    />
  ),
  no_data: <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />,
};
