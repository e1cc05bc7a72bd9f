/**
 * The budget office's period locks: lock a fiscal year or quarter (after confirming what that
 * does), see every lock with who made it and when, and unlock one (after confirming).
 */
import { fiscalYearOf, localDate, type PeriodLock } from '@civicstat/shared';
import { usePeriodLocks } from '../../api/usePeriodLocks';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTaskPanel } from '../../components/useTaskPanel';
import { TaskPanel } from '../../components/TaskPanel';
import { ReviewNav } from '../review/ReviewNav';
import { ConfirmUnlock } from './ConfirmUnlock';
import { LockPeriodForm } from './LockPeriodForm';
import { PeriodLocksTable, unlockButtonId } from './PeriodLocksTable';
import './periodLocks.css';

export function PeriodLocksPage() {
  usePageTitle('Period locks');
  const site = useSite();
  const locks = usePeriodLocks();
  const { panel: unlocking, open, close, announcement, announce } = useTaskPanel<PeriodLock>();

  if (site.isPending || locks.isPending) {
    return <PageState kind="loading" label="Loading the period locks…" />;
  }
  if (site.isError || locks.isError) {
    return (
      <PageState
        kind="error"
        title="The period locks could not be loaded"
        error={site.error ?? locks.error}
        onRetry={() => void Promise.all([site.refetch(), locks.refetch()])}
      />
    );
  }
  const { timeZone, fiscalYearStartMonth } = site.data;
  const currentFiscalYear = fiscalYearOf(localDate(new Date(), timeZone), fiscalYearStartMonth);

  return (
    <>
      <ReviewNav />
      <header className="page-header">
        <p className="eyebrow">Review</p>
        <h1>Period locks</h1>
        <p className="lede">
          Lock a fiscal year or quarter once its figures are final, for the annual report or a
          council presentation. Values of a locked period cannot be entered, changed, submitted,
          approved, returned or reopened until it is unlocked.
        </p>
      </header>
      <p role="status" className={announcement ? 'status-note status-note--shown' : 'status-note'}>
        {announcement}
      </p>

      <section className="lock-section" aria-labelledby="lock-heading">
        <h2 id="lock-heading">Lock a period</h2>
        <LockPeriodForm
          currentFiscalYear={currentFiscalYear}
          fiscalYearStartMonth={fiscalYearStartMonth}
          onStart={() => announce('')}
          onLocked={(lock) =>
            announce(`${lock.label} was locked. Its values can no longer change.`)
          }
        />
      </section>

      <section aria-labelledby="locks-heading">
        <h2 id="locks-heading" tabIndex={-1}>
          Locked periods
        </h2>
        {unlocking && (
          <TaskPanel id={`unlock-${unlocking.id}`} title={`Unlock ${unlocking.label}?`}>
            <ConfirmUnlock
              lock={unlocking}
              // After an unlock its button is gone: focus goes to the table's heading.
              onDone={() =>
                close(
                  `${unlocking.label} was unlocked. Its values can change again.`,
                  'locks-heading',
                )
              }
              onCancel={() => close()}
            />
          </TaskPanel>
        )}
        {locks.data.data.length === 0 ? (
          <p>No period is locked.</p>
        ) : (
          <PeriodLocksTable
            locks={locks.data.data}
            timeZone={timeZone}
            onUnlock={(lock) => open(lock, unlockButtonId(lock))}
          />
        )}
      </section>
    </>
  );
}
