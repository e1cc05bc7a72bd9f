/** After a 412: nothing was saved, and these are the account's values as stored now. */
import type { UserAccount } from '@civicstat/shared';
import type { Ref } from 'react';
import { StaleNotice } from '../../components/StaleNotice';
import { StoredValues } from '../../components/StoredValues';
import { roleNames } from '../session/roleLabel';
import { departmentNames, statusText } from './adminFormat';

interface StaleAccountNoticeProps {
  current: UserAccount;
  departments: readonly { id: number; name: string }[] | undefined;
  /** Given, the notice can take focus, so that it is read first. */
  ref?: Ref<HTMLDivElement>;
}

export function StaleAccountNotice({ current, departments, ref }: StaleAccountNoticeProps) {
  return (
    <StaleNotice ref={ref}>
      <p>Nothing was saved. These are the current values:</p>
      <StoredValues
        rows={[
          { label: 'Name', value: current.name },
          { label: 'Role', value: roleNames[current.role] },
          { label: 'Departments', value: departmentNames(current.departmentIds, departments) },
          { label: 'Status', value: statusText(current) },
        ]}
      />
      <p>Review them, and make your change again if it is still needed.</p>
    </StaleNotice>
  );
}
