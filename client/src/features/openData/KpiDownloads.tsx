/** "Download this data" for a list of KPIs: CSV, JSON and the KPI's stable address. */
import type { KpiSummary } from '@civicstat/shared';
import { Link } from 'react-router';

export function KpiDownloads({ kpis, caption }: { kpis: readonly KpiSummary[]; caption: string }) {
  return (
    <details className="open-data-downloads">
      <summary>Download this data ({kpis.length} KPIs)</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">CSV</th>
              <th scope="col">JSON</th>
              <th scope="col">Stable address</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => {
              const series = `/api/v1/kpis/${kpi.id}/series`;
              return (
                <tr key={kpi.id}>
                  <th scope="row">{kpi.name}</th>
                  <td>
                    <a href={`${series}?format=csv`} download>
                      CSV<span className="visually-hidden"> of {kpi.name}</span>
                    </a>
                  </td>
                  <td>
                    <a href={series}>
                      JSON<span className="visually-hidden"> of {kpi.name}</span>
                    </a>
                  </td>
                  <td>
                    <Link to={`/kpis/${kpi.id}`}>
                      /kpis/{kpi.id}
                      <span className="visually-hidden"> ({kpi.name})</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
