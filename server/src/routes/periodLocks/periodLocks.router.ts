/** Period locks: the budget office closes a fiscal year or quarter; values in it stop changing. */
import {
  IdParams,
  PeriodLock,
  PeriodLockList,
  PeriodLockListQuery,
  PeriodLockRequest,
} from '@civicstat/shared';
import { lockPeriod, readPeriodLocks, unlockPeriod } from '../../services/periodLocks';
import type { ApiRoutes } from '../define';
import { writeContextOf, type AppServices } from '../writeContext';

export function periodLockRoutes(api: ApiRoutes, services: AppServices): void {
  const contextOf = writeContextOf(services);

  api.add(
    {
      method: 'get',
      path: '/period-locks',
      tag: 'Period locks',
      access: 'signed_in',
      summary: 'The locked fiscal years and quarters, latest first',
      query: PeriodLockListQuery,
      response: PeriodLockList,
      maxAge: 0,
    },
    async ({ query }) => {
      const { locks, total } = await readPeriodLocks(services.db, query.limit, query.offset);
      return { data: locks, page: { limit: query.limit, offset: query.offset, total } };
    },
  );

  api.add(
    {
      method: 'post',
      path: '/period-locks',
      tag: 'Period locks',
      access: ['budget_office'],
      summary: 'Lock a fiscal year, or one of its quarters (1–4)',
      description:
        'A locked value is one whose whole period lies inside the locked dates: a quarter closes its days, months and the quarter’s own value; an annual value closes with its year. Entering, correcting, submitting, approving, returning or reopening a locked value answers 409.',
      body: PeriodLockRequest,
      response: PeriodLock,
      status: 201,
    },
    async ({ body, req }) => lockPeriod(contextOf(req), body),
  );

  api.add(
    {
      method: 'delete',
      path: '/period-locks/:id',
      tag: 'Period locks',
      access: ['budget_office'],
      summary: 'Unlock: remove a period lock',
      params: IdParams,
    },
    async ({ params, req }) => unlockPeriod(contextOf(req), params.id),
  );
}
