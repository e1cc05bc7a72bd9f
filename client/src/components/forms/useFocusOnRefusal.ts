/**
 * After a refused submit, focus moves to the error summary so screen-reader and keyboard
 * users land on what went wrong; every refusal moves it again, even with the same errors.
 * A form that can meet a 412 passes its stale state: while there is one, focus goes to the
 * stale notice (`staleRef`) instead.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFocusOnRefusal(stale?: unknown) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) (stale ? staleRef : summaryRef).current?.focus();
  }, [refusals, stale]);
  const refuse = useCallback(() => setRefusals((count) => count + 1), []);
  return { summaryRef, staleRef, refuse };
}
