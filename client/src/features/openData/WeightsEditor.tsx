/** The admin's editor of the prioritization weights (If-Match; a stale version is reloaded). */
import { PriorityWeights, priorityFactors, type PriorityFactor } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/ApiError';
import { useUpdateWeights } from '../../api/useOpenData';
import { staleRecord } from '../../api/useStructureChanges';
import { describeError } from '../../components/describeError';

export const factorNames: Record<PriorityFactor, string> = {
  publicDemand: 'Public demand',
  residentValue: 'Value to residents',
  publishingEffort: 'Effort to publish (counts inverted)',
  risk: 'Risk or sensitivity (counts inverted)',
};

const asText = (w: PriorityWeights) =>
  Object.fromEntries(priorityFactors.map((f) => [f, String(w[f])])) as Record<
    PriorityFactor,
    string
  >;

export function WeightsEditor({ weights }: { weights: PriorityWeights }) {
  const [values, setValues] = useState(() => asText(weights));
  const [version, setVersion] = useState(weights.version);
  const [message, setMessage] = useState('');
  const update = useUpdateWeights();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    try {
      const saved = await update.mutateAsync({
        version,
        weights: Object.fromEntries(priorityFactors.map((f) => [f, Number(values[f])])) as Record<
          PriorityFactor,
          number
        >,
      });
      setVersion(saved.version);
      setMessage('Weights saved: the release list is ranked again.');
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = staleRecord(error, PriorityWeights);
        if (current) {
          setValues(asText(current));
          setVersion(current.version);
        }
        setMessage(
          'Someone changed the weights since you opened them: their values are shown now.',
        );
      }
    }
  };

  return (
    <form className="weights-form" onSubmit={submit} aria-labelledby="weights-heading">
      {priorityFactors.map((factor) => (
        <label key={factor}>
          {factorNames[factor]} (0–10)
          <input
            type="number"
            min={0}
            max={10}
            step={0.5}
            value={values[factor]}
            onChange={(e) => setValues((v) => ({ ...v, [factor]: e.target.value }))}
          />
        </label>
      ))}
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          Save weights
        </button>
      </div>
      <p role="status">{message}</p>
      {update.isError && !message && (
        <p className="form-error" role="alert">
          {describeError(update.error)}
        </p>
      )}
    </form>
  );
}
