/**
 * The budget office's review queue: the values departments submitted, by department, to approve
 * or return with a comment — one by one or in bulk. `?department=3` shows one department's.
 */
import { formatCount, type QueueItem } from '@civicstat/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDepartments } from '../../api/useDepartments';
import { useReviewQueue } from '../../api/useReviewQueue';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import '../../components/tables.css';
import { BulkActions, bulkReturnButtonId } from './BulkActions';
import { QueueTable, returnButtonId, selectId } from './QueueTable';
import { ReviewNav } from './ReviewNav';
import { ReviewResults, type ReviewResult } from './ReviewResults';
import { itemKey, review, type ReviewStep } from './reviewActions';
import './review.css';

type Busy = 'row' | 'bulk-approve' | 'bulk-return' | null;

/** The queue's values by department, in the API's order (department name, KPI code, period). */
function byDepartment(items: readonly QueueItem[]) {
  const groups = new Map<
    number,
    { department: QueueItem['kpi']['department']; items: QueueItem[] }
  >();
  for (const item of items) {
    const { department } = item.kpi;
    const group = groups.get(department.id) ?? { department, items: [] };
    group.items.push(item);
    groups.set(department.id, group);
  }
  return [...groups.values()];
}

export function ReviewQueuePage() {
  usePageTitle('Review queue');
  const [params, setParams] = useSearchParams();
  const departmentParam = Number(params.get('department'));
  const departmentId =
    Number.isInteger(departmentParam) && departmentParam > 0 ? departmentParam : undefined;
  const queue = useReviewQueue(departmentId);
  const departments = useDepartments();
  const site = useSite();
  const client = useQueryClient();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState<string | null>(null);
  const [bulkReturning, setBulkReturning] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [result, setResult] = useState<ReviewResult | null>(null);
  const focusAfter = useRef<string | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  const items = queue.data?.data ?? [];
  // Focus moves once the page has re-rendered after an action: to the next value, the results,
  // or back to the button that opened a form.
  useEffect(() => {
    if (!focusAfter.current) return;
    const target = document.getElementById(focusAfter.current) ?? resultsRef.current;
    target?.focus();
    focusAfter.current = null;
  });

  if (!site.isSuccess) {
    return (
      <QueryState
        query={site}
        loading="Loading the review queue…"
        failed="The review queue could not be loaded"
      />
    );
  }
  const { timeZone, fiscalYearStartMonth } = site.data;

  /** The value after (or, at the end, before) the one just reviewed, to continue from. */
  const nextAfter = (item: QueueItem) => {
    const index = items.findIndex((candidate) => itemKey(candidate) === itemKey(item));
    return items[index + 1] ?? items[index - 1] ?? null;
  };
  const act = async (
    targets: readonly QueueItem[],
    step: ReviewStep,
    kind: Exclude<Busy, null>,
    comment?: string,
  ) => {
    setBusy(kind);
    setResult(null);
    try {
      const outcomes = await review(client, targets, step, fiscalYearStartMonth, comment);
      setResult({ step, outcomes, single: kind === 'row' });
      const done = new Set(outcomes.filter((o) => o.ok).map((o) => o.key));
      setSelected((current) => new Set([...current].filter((key) => !done.has(key))));
      if (outcomes.every((o) => o.ok)) {
        setReturning(null);
        setBulkReturning(false);
      }
      // Everything that shows values (this queue, worksheets, KPI pages) asks the server again.
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      const [target] = targets;
      const next = target && kind === 'row' && done.has(itemKey(target)) ? nextAfter(target) : null;
      focusAfter.current = next ? selectId(itemKey(next)) : 'review-results';
    } finally {
      setBusy(null);
    }
  };
  const selectedItems = items.filter((item) => selected.has(itemKey(item)));
  const setDepartment = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('department', value);
      else next.delete('department');
      return next;
    });
  const departmentName = departments.data?.data.find((d) => d.id === departmentId)?.name;
  const groups = byDepartment(items);
  const total = queue.data?.page.total ?? 0;

  return (
    <>
      <ReviewNav />
      <header className="page-header">
        <p className="eyebrow">Review</p>
        <h1>Values waiting for review</h1>
        <p className="lede">
          Values departments have submitted. Approve a value to publish it, or return it with a
          comment saying what to fix. Each change is checked against the version shown here, so
          nothing a colleague changed meanwhile is overwritten.
        </p>
      </header>

      <div className="kpi-filters queue-filters">
        <div>
          <label htmlFor="review-department">Department</label>
          <select
            id="review-department"
            value={departmentId ?? ''}
            onChange={(event) => setDepartment(event.target.value)}
          >
            <option value="">All departments</option>
            {(departments.data?.data ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
        {queue.data && (
          <p className="queue-filters__count">
            {total === 1 ? '1 value' : `${formatCount(total)} values`} waiting
            {departmentName ? ` from ${departmentName}` : ''}
            {total > items.length ? ` (showing the first ${formatCount(items.length)})` : ''}
          </p>
        )}
      </div>

      <ReviewResults ref={resultsRef} id="review-results" result={result} />

      {queue.isPending ? (
        <PageState kind="loading" label="Loading the values waiting for review…" />
      ) : queue.isError ? (
        <PageState
          kind="error"
          title="The review queue could not be loaded"
          error={queue.error}
          onRetry={() => void queue.refetch()}
        />
      ) : items.length === 0 ? (
        <div className="queue-empty">
          <p className="queue-empty__title">
            {departmentName
              ? `Nothing from ${departmentName} is waiting for review.`
              : 'Nothing is waiting for review.'}
          </p>
          <p>
            {departmentName ? (
              <Link to="/review">Show every department</Link>
            ) : (
              <>
                Values appear here when a department submits them. See{' '}
                <Link to="/review/overdue">missing and overdue data</Link> for what has not come in
                yet.
              </>
            )}
          </p>
        </div>
      ) : (
        <>
          <BulkActions
            count={selectedItems.length}
            busy={busy !== null}
            approving={busy === 'bulk-approve'}
            returning={bulkReturning}
            onApprove={() => {
              setBulkReturning(false);
              void act(selectedItems, 'approve', 'bulk-approve');
            }}
            onStartReturn={() => {
              setReturning(null);
              setBulkReturning(true);
            }}
            onReturn={(comment) => void act(selectedItems, 'return', 'bulk-return', comment)}
            onCancelReturn={() => {
              setBulkReturning(false);
              focusAfter.current = bulkReturnButtonId;
            }}
          />
          {groups.map((group) => (
            <QueueTable
              key={group.department.id}
              department={group.department}
              items={group.items}
              selected={selected}
              onSelect={(keys, checked) =>
                setSelected((current) => {
                  const next = new Set(current);
                  for (const key of keys) {
                    if (checked) next.add(key);
                    else next.delete(key);
                  }
                  return next;
                })
              }
              returning={returning}
              busy={busy !== null}
              onApprove={(item) => void act([item], 'approve', 'row')}
              onStartReturn={(item) => {
                setBulkReturning(false);
                setReturning(itemKey(item));
              }}
              onReturn={(item, comment) => void act([item], 'return', 'row', comment)}
              onCancelReturn={(item) => {
                setReturning(null);
                focusAfter.current = returnButtonId(itemKey(item));
              }}
              fiscalYearStartMonth={fiscalYearStartMonth}
              timeZone={timeZone}
            />
          ))}
        </>
      )}
    </>
  );
}
