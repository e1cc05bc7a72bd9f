import { Measurement, MeasurementInput, MeasurementParams } from '@civicstat/shared';
import { putMeasurement } from '../../services/measurements/putMeasurement';
import { getMeasurement } from '../../services/measurements/readMeasurements';
import { setVersion } from '../../services/versioning';
import type { ApiRoutes } from '../define';
import { ifMatchOf, writeContextOf, type AppServices } from '../writeContext';

const path = '/kpis/:id/measurements/:periodStart';

/** A KPI's value for one period. There is no DELETE: values are corrected, never deleted. */
export function measurementRoutes(api: ApiRoutes, services: AppServices): void {
  const contextOf = writeContextOf(services);

  api.add(
    {
      method: 'get',
      path,
      tag: 'Measurements',
      access: 'signed_in',
      summary: "A KPI's stored value for one period, in any workflow state, with its ETag",
      params: MeasurementParams,
      response: Measurement,
      maxAge: 0,
    },
    async ({ params, res }) => {
      const measurement = await getMeasurement(services.db, params.id, params.periodStart);
      setVersion(res, measurement.version);
      return measurement;
    },
  );

  api.add(
    {
      method: 'put',
      path,
      tag: 'Measurements',
      access: ['department_head', 'budget_office'],
      summary: "Enter or correct a KPI's value for one period",
      description: [
        'Creates the value as a draft (no If-Match needed); changing a stored value needs',
        'If-Match with its version (428 without, 412 with the `current` value when stale). A PUT',
        'equal to what is stored changes nothing. The period must start a period of the KPI in the',
        "city's fiscal calendar and not lie in the future (422 naming path.periodStart); the value",
        "must respect the KPI's bounds (422 naming body.value). Department heads change their own",
        "department's draft or returned values; the budget office any value not yet approved.",
        'Archived KPIs and locked periods answer 409.',
      ].join(' '),
      params: MeasurementParams,
      body: MeasurementInput,
      response: Measurement,
    },
    async ({ params, body, req, res }) => {
      const measurement = await putMeasurement(contextOf(req), {
        kpiId: params.id,
        periodStart: params.periodStart,
        input: body,
        ifMatch: ifMatchOf(req),
      });
      setVersion(res, measurement.version);
      return measurement;
    },
  );
}
