/** Unlocking a period, after the budget office confirms; a refusal shows beside the buttons. */
import type { PeriodLock } from '@civicstat/shared';
import { useUnlockPeriod } from '../../api/usePeriodLocks';
import { describeError } from '../../components/describeError';

interface ConfirmUnlockProps {
  lock: PeriodLock;
  onDone(): void;
  onCancel(): void;
}

export function ConfirmUnlock({ lock, onDone, onCancel }: ConfirmUnlockProps) {
  const unlock = useUnlockPeriod();
  return (
    <>
      <p>
        Department heads can enter and change values of {lock.label} again, and the budget office
        can approve, return and reopen them. You can lock it again later.
      </p>
      {unlock.error && (
        <p role="alert" className="inline-error">
          {describeError(unlock.error)}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={unlock.isPending || undefined}
          onClick={() => {
            if (!unlock.isPending) unlock.mutate(lock, { onSuccess: onDone });
          }}
        >
          {unlock.isPending ? 'Unlocking…' : `Unlock ${lock.label}`}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
