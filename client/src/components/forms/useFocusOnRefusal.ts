/**
 * After a refused submit, focus moves to the error summary so screen-reader and keyboard
 * users land on what went wrong; every refusal moves it again, even with the same errors.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFocusOnRefusal() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);
  const refuse = useCallback(() => setRefusals((count) => count + 1), []);
  return { summaryRef, refuse };
}
