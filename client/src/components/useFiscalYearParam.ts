import { useSearchParams } from 'react-router';

/**
 * The fiscal year a screen shows, kept in the URL (`?fy=2024`) so the view can be linked and
 * bookmarked; undefined means today's picture.
 */
export function useFiscalYearParam(): [number | undefined, (year: number | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('fy');
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  const setYear = (next: number | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === undefined) updated.delete('fy');
        else updated.set('fy', String(next));
        return updated;
      },
      { replace: true },
    );
  return [year, setYear];
}
