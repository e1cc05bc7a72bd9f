/** What the SPA needs to know about the city it serves. */
import { z } from 'zod';

export const SiteInfo = z.object({
  cityName: z.string(),
  timeZone: z.string(),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
});
export type SiteInfo = z.infer<typeof SiteInfo>;
