/**
 * The buttons that move a dataset one step along its release pipeline (budget office, admin).
 * Retiring cannot be undone, so it asks first: focus moves to the question when it opens and
 * back to the button after.
 */
import {
  pipelineStateLabels,
  pipelineStepsFrom,
  type Dataset,
  type PipelineState,
} from '@civicstat/shared';
import { useEffect, useRef, useState } from 'react';
import { useStepPipeline } from '../../api/useOpenData';
import { Confirmation } from '../../components/Confirmation';
import { describeError } from '../../components/describeError';
import { stepLabels } from './labels';

/** Steps with no way back, and what they do, in a sentence. */
const asksFirst: Partial<Record<PipelineState, string>> = {
  retired: 'It leaves the published list and the data.json catalog, and cannot be published again.',
};

export function PipelineButton({ dataset }: { dataset: Dataset }) {
  const step = useStepPipeline();
  const [asking, setAsking] = useState<PipelineState>();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // A confirmed step with no way back, once the server took it: said where the buttons were, and
  // focused, so focus is not lost. Read from the mutation's own state, whenever it settles.
  const done = step.isSuccess && asksFirst[step.variables.to] ? step.variables.to : undefined;

  useEffect(() => {
    if (asking && !done) questionRef.current?.focus();
  }, [asking, done]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <p ref={doneRef} tabIndex={-1} role="status" className="status-note">
        {dataset.title}: {pipelineStateLabels[done]}.
      </p>
    );
  }
  const next = pipelineStepsFrom(dataset.pipelineState);
  if (next.length === 0 || dataset.archived) return null;

  const move = (to: PipelineState) => step.mutate({ id: dataset.id, version: dataset.version, to });

  function cancel() {
    setAsking(undefined);
    step.reset();
    // The opener renders again once the question is gone.
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  if (asking) {
    const questionId = `pipeline-question-${dataset.id}`;
    return (
      <div role="group" aria-labelledby={questionId} className="pipeline-question">
        <p id={questionId} ref={questionRef} tabIndex={-1}>
          {stepLabels[asking]} {dataset.title}? {asksFirst[asking]}
        </p>
        <Confirmation
          confirmLabel={`Yes, ${stepLabels[asking].toLowerCase()} it`}
          busy={step.isPending}
          danger
          error={step.error}
          onConfirm={() => move(asking)}
          onCancel={cancel}
        />
      </div>
    );
  }

  return (
    <>
      {next.map((to) => (
        <button
          key={to}
          ref={asksFirst[to] ? openerRef : undefined}
          type="button"
          className="button button--secondary"
          disabled={step.isPending}
          onClick={() => {
            if (asksFirst[to]) {
              step.reset();
              setAsking(to);
            } else move(to);
          }}
        >
          {stepLabels[to]}
          <span className="visually-hidden"> {dataset.title}</span>
          {asksFirst[to] ? '…' : ''}
        </button>
      ))}
      {step.isError && (
        <p className="form-error" role="alert">
          {describeError(step.error)}
        </p>
      )}
    </>
  );
}
