/** Uploading, checking and committing imports in API tests. */
import type { ImportMapping } from '@civicstat/shared';
import type { SignedIn } from '../../test/session';

export function upload(
  who: SignedIn,
  fileName: string,
  content: string | Buffer,
  query = 'kind=measurements',
) {
  return who.agent
    .post(`/api/v1/imports?${query}`)
    .set('X-CSRF-Token', who.csrfToken)
    .attach('file', typeof content === 'string' ? Buffer.from(content) : content, fileName);
}

export function check(
  who: SignedIn,
  id: number,
  mapping: ImportMapping,
  options: Record<string, unknown> = {},
  sheet?: string,
) {
  return who.agent
    .post(`/api/v1/imports/${id}/check`)
    .set('X-CSRF-Token', who.csrfToken)
    .send({ mapping, options, ...(sheet ? { sheet } : {}) });
}

export function commit(who: SignedIn, id: number) {
  return who.agent.post(`/api/v1/imports/${id}/commit`).set('X-CSRF-Token', who.csrfToken);
}

export const measurementMapping: ImportMapping = {
  kpi: 'kpi',
  period: 'period',
  value: 'value',
  numerator: null,
  denominator: null,
  note: 'note',
};

/** Upload, dry run and (unless it reports errors) commit, answering each step's body. */
export async function importFile(
  who: SignedIn,
  fileName: string,
  content: string | Buffer,
  mapping = measurementMapping,
) {
  const uploaded = await upload(who, fileName, content);
  if (uploaded.status !== 201)
    throw new Error(`upload: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  const checked = await check(who, uploaded.body.id as number, mapping);
  if (checked.status !== 200)
    throw new Error(`check: ${checked.status} ${JSON.stringify(checked.body)}`);
  const committed = await commit(who, uploaded.body.id as number);
  return { id: uploaded.body.id as number, checked: checked.body, committed };
}
