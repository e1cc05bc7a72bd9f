/** Every page of a paged list (`{ data, page: { total } }`): the first, then the rest at once. */
import { apiGet, type RequestMode, type Schema } from './apiGet';

interface PagedList {
  data: unknown[];
  page: { total: number };
}

/**
 * `pathOf(limit, offset)` names one page; `pageSize` is the API's largest. Returns the first
 * page's answer (for fields beside the list, such as `asOf`) and the items of every page.
 * `mode: 'public'` asks as the public does, whoever is signed in.
 */
export async function fetchEveryPage<L extends PagedList>(
  pathOf: (limit: number, offset: number) => string,
  schema: Schema<L>,
  pageSize: number,
  signal: AbortSignal,
  mode?: RequestMode,
): Promise<{ first: L; items: Array<L['data'][number]> }> {
  const page = (offset: number) => apiGet(pathOf(pageSize, offset), schema, { signal, mode });
  const first = await page(0);
  const offsets: number[] = [];
  for (let offset = pageSize; offset < first.page.total; offset += pageSize) offsets.push(offset);
  const rest = await Promise.all(offsets.map(page));
  return { first, items: [first, ...rest].flatMap((list) => list.data) };
}
