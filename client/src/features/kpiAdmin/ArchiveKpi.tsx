/**
 * Archiving a KPI (it leaves lists and roll-ups, history kept) or restoring it, after the budget
 * office confirms. Focus moves to the question when it opens and back to the button after.
 */
import type { KpiDefinition } from '@civicstat/shared';
import { useEffect, useRef, useState } from 'react';
import { staleKpi, useSetKpiArchived } from '../../api/useKpiDefinition';
import { Confirmation } from '../../components/Confirmation';

interface ArchiveKpiProps {
  base: KpiDefinition;
  onDone(kpi: KpiDefinition): void;
  /** After a 412: load the saved version into the page, dropping unsaved edits. */
  onReload(current: KpiDefinition): void;
}

export function ArchiveKpi({ base, onDone, onReload }: ArchiveKpiProps) {
  const setArchived = useSetKpiArchived();
  const [asking, setAsking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const archive = !base.archived;
  const stale = staleKpi(setArchived.error);

  useEffect(() => {
    if (asking) headingRef.current?.focus();
  }, [asking]);

  function close(message = '') {
    setAnnouncement(message);
    setAsking(false);
    setArchived.reset();
    // The opener renders again once the question is gone.
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  function confirm() {
    setArchived.mutate(
      { base, archived: archive },
      {
        onSuccess: (kpi) => {
          onDone(kpi);
          close(
            kpi.archived
              ? `${kpi.name} was archived. Restore it to change it again.`
              : `${kpi.name} was restored.`,
          );
        },
      },
    );
  }

  return (
    <section aria-labelledby="archive-heading" className="kpi-admin__section">
      <h2 id="archive-heading">{archive ? 'Archive' : 'Restore'}</h2>
      <p>
        {archive
          ? 'An archived KPI leaves every list, dashboard and roll-up. Its history is kept, and you can restore it.'
          : 'This KPI is archived: it is in no list, dashboard or roll-up. Restoring it brings it back with its history.'}
      </p>
      <p role="status" className="status-note">
        {announcement}
      </p>
      {asking ? (
        <div className="admin-panel" role="group" aria-labelledby="archive-question">
          <h3 id="archive-question" ref={headingRef} tabIndex={-1} className="admin-panel__title">
            {archive ? 'Archive' : 'Restore'} {base.code} {base.name}?
          </h3>
          <Confirmation
            confirmLabel={`Yes, ${archive ? 'archive' : 'restore'} it`}
            busy={setArchived.isPending}
            blocked={stale !== undefined}
            danger={archive}
            notice={
              stale && (
                <div role="alert" className="inline-error">
                  <p>
                    Someone changed this KPI since you opened it, so nothing was{' '}
                    {archive ? 'archived' : 'restored'}.
                  </p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setArchived.reset();
                      onReload(stale);
                    }}
                  >
                    Load the saved version (drops your unsaved edits)
                  </button>
                </div>
              )
            }
            error={setArchived.error}
            onConfirm={confirm}
            onCancel={() => close()}
          />
        </div>
      ) : (
        <button
          ref={openerRef}
          type="button"
          className={archive ? 'button button--danger-outline' : 'button'}
          onClick={() => {
            setAnnouncement('');
            setAsking(true);
          }}
        >
          {archive ? 'Archive this KPI…' : 'Restore this KPI…'}
        </button>
      )}
    </section>
  );
}
