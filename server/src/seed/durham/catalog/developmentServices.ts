/** What the Development Services Center's KPIs share, and the order its dashboard shows them in. */
import type { SeriesEvent } from './types';

export const DSC_OPENED = '2017-04-03';
export const PERMITTING_SYSTEM = 'Permitting and inspections system';

export const covidPause: SeriesEvent = {
  from: '2020-04-01',
  effect: -0.3,
  recoverMonths: 8,
  note: 'Volume fell as projects paused under the COVID-19 stay-at-home order.',
};
export const goLiveSlowdown: SeriesEvent = {
  from: '2022-08-01',
  effect: 0.3,
  recoverMonths: 5,
  note: 'First month on the new permitting system: staff worked both systems and turnaround slipped.',
};

/** The center's KPIs, in dashboard order. */
export const developmentServicesCodes: readonly string[] = [
  'DSC-01',
  'DSC-02',
  'DSC-03',
  'DSC-04',
  'DSC-05',
  'DSC-06',
  'DSC-07',
  'DSC-08',
  'DSC-09',
  'DSC-10',
  'DSC-11',
  'DSC-12',
  'DSC-13',
];
