import { useEffect } from 'react';
import { useSite } from '../api/useSite';

/** Sets the document title as "<page> — <city> performance", e.g. "Goals — City of Durham performance". */
export function usePageTitle(page: string) {
  const { data: site } = useSite();
  useEffect(() => {
    const suffix = site ? `${site.cityName} performance` : 'civicstat';
    document.title = `${page} — ${suffix}`;
  }, [page, site]);
}
