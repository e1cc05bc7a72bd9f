/** The review workflow of one value: submit, approve, return, reopen. Each needs If-Match. */
import {
  Measurement,
  MeasurementParams,
  ReopenRequest,
  ReturnRequest,
  type WorkflowStep,
} from '@civicstat/shared';
import type { Request, Response } from 'express';
import { takeWorkflowStep } from '../../services/measurements/workflow';
import { setVersion } from '../../services/versioning';
import type { ApiRoutes } from '../define';
import { ifMatchOf, writeContextOf, type AppServices } from '../writeContext';

const path = '/kpis/:id/measurements/:periodStart';

export function measurementWorkflowRoutes(api: ApiRoutes, services: AppServices): void {
  const contextOf = writeContextOf(services);
  const step = async (
    name: WorkflowStep,
    { params, req, res }: { params: MeasurementParams; req: Request; res: Response },
    comment?: string,
  ) => {
    const measurement = await takeWorkflowStep(contextOf(req), {
      kpiId: params.id,
      periodStart: params.periodStart,
      step: name,
      ifMatch: ifMatchOf(req),
      comment,
    });
    setVersion(res, measurement.version);
    return measurement;
  };
  const common = {
    method: 'post' as const,
    tag: 'Measurements',
    params: MeasurementParams,
    response: Measurement,
  };

  api.add(
    {
      ...common,
      path: `${path}/submit`,
      access: ['department_head'],
      summary: "Submit a draft or returned value of one's own department for review",
    },
    (input) => step('submit', input),
  );

  api.add(
    {
      ...common,
      path: `${path}/approve`,
      access: ['budget_office'],
      summary: 'Approve a submitted value: the public sees it from now on',
    },
    (input) => step('approve', input),
  );

  api.add(
    {
      ...common,
      path: `${path}/return`,
      access: ['budget_office'],
      summary: 'Return a submitted value to its department with a comment saying what to fix',
      body: ReturnRequest,
    },
    (input) => step('return', input, input.body.comment),
  );

  api.add(
    {
      ...common,
      path: `${path}/reopen`,
      access: ['budget_office'],
      summary: 'Reopen an approved value, with a reason',
      description:
        'The value goes back to submitted, into the budget office’s review queue: the office corrects it and approves it again, or returns it to the department. The reason is kept as its review comment.',
      body: ReopenRequest,
    },
    (input) => step('reopen', input, input.body.reason),
  );
}
