/** A factory for inventory datasets, straight into the table. */
import type { Db } from '../db/database';

let sequence = 0;

export async function makeDataset(
  db: Db,
  departmentId: number,
  overrides: Record<string, unknown> = {},
) {
  sequence += 1;
  const [row] = await db('datasets')
    .insert({
      title: `Dataset ${sequence}`,
      description: 'Rows the city keeps.',
      department_id: departmentId,
      steward_name: 'Pat Steward',
      steward_email: 'pat.steward@city.example',
      update_frequency: 'monthly',
      ...overrides,
    })
    .returning('*');
  return row as { id: number; version: number; title: string };
}
