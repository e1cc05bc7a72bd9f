/** Every demo KPI, goal by goal. */
import { environmentAndFacilitiesKpis } from './environmentAndFacilities';
import { economyKpis } from './economy';
import { fireAndEmergencyKpis } from './fireAndEmergency';
import { housingKpis } from './housing';
import { parksAndRecreationKpis } from './parksAndRecreation';
import { permitsAndInspectionsKpis } from './permitsAndInspections';
import { planReviewKpis } from './planReview';
import { policeKpis } from './police';
import { serviceAndFinanceKpis } from './serviceAndFinance';
import { streetsAndWaterKpis } from './streetsAndWater';
import { transportationKpis } from './transportation';
import type { KpiDefinition } from './types';
import { workforceAndTechnologyKpis } from './workforceAndTechnology';

export { developmentServicesCodes } from './developmentServices';
export type { KpiDefinition, Outlook } from './types';

export const catalog: readonly KpiDefinition[] = [
  ...economyKpis,
  ...planReviewKpis,
  ...permitsAndInspectionsKpis,
  ...policeKpis,
  ...fireAndEmergencyKpis,
  ...housingKpis,
  ...parksAndRecreationKpis,
  ...transportationKpis,
  ...serviceAndFinanceKpis,
  ...workforceAndTechnologyKpis,
  ...streetsAndWaterKpis,
  ...environmentAndFacilitiesKpis,
];
