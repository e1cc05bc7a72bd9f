/** After a 412: nothing was saved, and these are the account's values as stored now. */
import type { UserAccount } from '@civicstat/shared';
import { roleNames } from '../session/roleLabel';
import { departmentNames, statusText } from './adminFormat';

interface StaleNoticeProps {
  current: UserAccount;
  departments: readonly { id: number; name: string }[] | undefined;
}

export function StaleNotice({ current, departments }: StaleNoticeProps) {
  return (
    <div className="stale-notice" role="alert">
      <p className="stale-notice__title">Someone changed this since you opened it.</p>
      <p>Nothing was saved. These are the current values:</p>
      <dl className="stale-notice__values">
        <dt>Name</dt>
        <dd>{current.name}</dd>
        <dt>Role</dt>
        <dd>{roleNames[current.role]}</dd>
        <dt>Departments</dt>
        <dd>{departmentNames(current.departmentIds, departments)}</dd>
        <dt>Status</dt>
        <dd>{statusText(current)}</dd>
      </dl>
      <p>Review them, and make your change again if it is still needed.</p>
    </div>
  );
}
