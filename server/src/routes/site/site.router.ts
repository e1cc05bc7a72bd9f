import { SiteInfo } from '@civicstat/shared';
import type { Config } from '../../config';
import type { ApiRoutes } from '../define';

export function siteRoutes(api: ApiRoutes, config: Config): void {
  api.get(
    {
      path: '/site',
      tag: 'Site',
      summary: "The city's name, time zone and fiscal-year start month",
      response: SiteInfo,
      maxAge: 300,
    },
    async () => ({
      cityName: config.cityName,
      timeZone: config.cityTimeZone,
      fiscalYearStartMonth: config.fiscalYearStartMonth,
    }),
  );
}
