/**
 * "Download" with a list of formats: a native <details> disclosure of plain links, so it opens
 * by keyboard and works without any script state; each link saves what the page shows.
 */
import type { ExportFormat } from '@civicstat/shared';
import './downloadMenu.css';

const formats: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'csv', label: 'CSV', hint: 'text, for any program' },
  { format: 'xlsx', label: 'Excel', hint: 'numbers and dates ready to use' },
  { format: 'json', label: 'JSON', hint: 'for developers' },
];

interface DownloadMenuProps {
  /** What the files hold, completing "Download …": "the KPIs of goal 1". */
  what: string;
  /** The address of each format's file. */
  urlOf: (format: ExportFormat) => string;
}

export function DownloadMenu({ what, urlOf }: DownloadMenuProps) {
  return (
    <details className="download-menu">
      <summary className="download-menu__summary">
        Download<span className="visually-hidden"> {what}</span>
      </summary>
      <ul className="download-menu__list">
        {formats.map(({ format, label, hint }) => (
          <li key={format}>
            <a href={urlOf(format)} download>
              <span className="visually-hidden">Download </span>
              {label}
              <span className="visually-hidden"> of {what}</span>
            </a>{' '}
            <span className="download-menu__hint">({hint})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
