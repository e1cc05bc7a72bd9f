/** The locked periods, latest first: what each covers, why, who locked it and when. */
import { formatInstant, type PeriodLock } from '@civicstat/shared';
import { lockedDates } from './lockWording';

export const unlockButtonId = (lock: PeriodLock) => `unlock-${lock.id}`;

interface PeriodLocksTableProps {
  locks: PeriodLock[];
  timeZone: string;
  onUnlock(lock: PeriodLock): void;
}

export function PeriodLocksTable({ locks, timeZone, onUnlock }: PeriodLocksTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {locks.length === 1 ? 'One locked period' : `${locks.length} locked periods`}, latest
          first
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Covers</th>
            <th scope="col">Reason</th>
            <th scope="col">Locked by</th>
            <th scope="col">Locked at</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {locks.map((lock) => (
            <tr key={lock.id}>
              <th scope="row">{lock.label}</th>
              <td>{lockedDates(lock.startsOn, lock.endsOn)}</td>
              <td>{lock.reason || '—'}</td>
              <td>{lock.lockedBy?.name ?? 'The system'}</td>
              <td>{formatInstant(lock.lockedAt, timeZone)}</td>
              <td>
                <button
                  type="button"
                  id={unlockButtonId(lock)}
                  className="button button--small button--secondary"
                  onClick={() => onUnlock(lock)}
                >
                  Unlock<span className="visually-hidden"> {lock.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
