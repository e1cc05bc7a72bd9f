/**
 * Deactivating, reactivating or resetting the password of an account, after the admin confirms.
 * A 412 shows the account as it is now, and the admin may confirm again against that version.
 */
import type { PasswordLink, UserAccount } from '@civicstat/shared';
import { useState } from 'react';
import { staleCurrent, useResetPassword, useSetUserActive } from '../../api/useUserChanges';
import { Confirmation } from '../../components/Confirmation';
import { StaleAccountNotice } from './StaleAccountNotice';

export type UserAction = 'deactivate' | 'reactivate' | 'reset';

interface ConfirmUserActionProps {
  action: UserAction;
  user: UserAccount;
  departments: readonly { id: number; name: string }[] | undefined;
  onDone(result: { user: UserAccount; link?: PasswordLink }): void;
  onCancel(): void;
}

const wording: Record<UserAction, { explain: (name: string) => string; confirm: string }> = {
  deactivate: {
    explain: (name) =>
      `${name} will be signed out everywhere at once and can no longer sign in. Unused password links stop working. You can reactivate the account later.`,
    confirm: 'Deactivate',
  },
  reactivate: {
    explain: (name) => `${name} can sign in again, with the password they had.`,
    confirm: 'Reactivate',
  },
  reset: {
    explain: (name) =>
      `You get a new one-time link to send to ${name}, with which they choose a new password. Their current password keeps working until then; links made before stop working.`,
    confirm: 'Make a password link',
  },
};

export function ConfirmUserAction(props: ConfirmUserActionProps) {
  const { action, departments, onDone, onCancel } = props;
  const [user, setUser] = useState(props.user);
  const [stale, setStale] = useState<UserAccount>();
  const setActive = useSetUserActive();
  const reset = useResetPassword();
  const pending = setActive.isPending || reset.isPending;
  const error = action === 'reset' ? reset.error : setActive.error;

  function confirm() {
    setStale(undefined);
    if (action === 'reset') {
      reset.mutate(user, { onSuccess: (link) => onDone({ user, link }) });
      return;
    }
    setActive.mutate(
      { user, active: action === 'reactivate' },
      {
        onSuccess: (changed) => onDone({ user: changed }),
        onError: (failure) => {
          const current = staleCurrent(failure);
          if (current) {
            setStale(current);
            setUser(current);
          }
        },
      },
    );
  }

  const forName = <span className="visually-hidden"> {user.name}</span>;
  return (
    <>
      <p>{wording[action].explain(user.name)}</p>
      <Confirmation
        confirmLabel={
          <>
            {wording[action].confirm}
            {forName}
          </>
        }
        busyLabel={<>Working…{forName}</>}
        busy={pending}
        danger={action === 'deactivate'}
        notice={stale && <StaleAccountNotice current={stale} departments={departments} />}
        error={error}
        onConfirm={confirm}
        onCancel={onCancel}
      />
    </>
  );
}
