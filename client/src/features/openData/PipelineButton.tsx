/** The button that moves a dataset one step along its release pipeline (budget office, admin). */
import { pipelineStepsFrom, type Dataset } from '@civicstat/shared';
import { useStepPipeline } from '../../api/useOpenData';
import { describeError } from '../../components/describeError';
import { stepLabels } from './labels';

export function PipelineButton({ dataset }: { dataset: Dataset }) {
  const step = useStepPipeline();
  const next = pipelineStepsFrom(dataset.pipelineState);
  if (next.length === 0 || dataset.archived) return null;
  return (
    <>
      {next.map((to) => (
        <button
          key={to}
          type="button"
          className="button button--secondary"
          disabled={step.isPending}
          onClick={() => step.mutate({ id: dataset.id, version: dataset.version, to })}
        >
          {stepLabels[to]}
          <span className="visually-hidden"> {dataset.title}</span>
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
