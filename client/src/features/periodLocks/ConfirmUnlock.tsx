/** Unlocking a period, after the budget office confirms; a refusal shows beside the buttons. */
import type { PeriodLock } from '@civicstat/shared';
import { useUnlockPeriod } from '../../api/usePeriodLocks';
import { Confirmation } from '../../components/Confirmation';

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
      <Confirmation
        confirmLabel={`Unlock ${lock.label}`}
        busyLabel="Unlocking…"
        busy={unlock.isPending}
        error={unlock.error}
        onConfirm={() => unlock.mutate(lock, { onSuccess: onDone })}
        onCancel={onCancel}
      />
    </>
  );
}
