import type { Progress } from '../../api/useImports';

/** A labelled progress bar: bytes sent while uploading, rows done while checking or committing. */
export function ImportProgress({
  label,
  progress,
  unit,
}: {
  label: string;
  progress: Progress;
  unit: 'bytes' | 'rows';
}) {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const text =
    unit === 'rows'
      ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} rows`
      : `${percent} %`;
  return (
    <div className="import-progress">
      <label>
        {label}
        <progress max={100} value={percent} aria-valuetext={text} />
      </label>
      <span aria-live="polite">{text}</span>
    </div>
  );
}
