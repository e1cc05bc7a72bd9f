/** What each kind of error answers with, on the API and in an import's progress stream alike. */
import { z } from 'zod';
import { ConflictError } from '../errors';
import { problemOf } from './problem';

describe('problemOf', () => {
  it('keeps a typed error as it is', () => {
    const conflict = new ConflictError('This import is already committed.');
    expect(problemOf(conflict)).toBe(conflict);
  });

  it('names the column of a PostgreSQL integrity error', () => {
    const unique = problemOf({ code: '23505', constraint: 'kpis_code_unique', detail: 'taken' });
    expect(unique).toMatchObject({ status: 409, message: 'taken' });
    expect(unique.errors).toEqual([{ path: 'kpis_code_unique', message: 'taken' }]);
    const check = problemOf({ code: '23514', column: 'value' });
    expect(check).toMatchObject({ status: 422, message: 'Invalid value for value.' });
  });

  it('lists the paths of a zod error, and hides anything else behind a 500', () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(parsed.success).toBe(false);
    const invalid = problemOf(parsed.error);
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.map((e) => e.path)).toEqual(['n']);
    const hidden = problemOf(new Error('connection reset: password=secret'));
    expect(hidden).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(hidden.message).not.toContain('secret');
  });
});
