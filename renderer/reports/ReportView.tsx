// A report as the core builds it (headings, paragraphs, lists and tables), shown in the page exactly as the
// DOCX, PDF and Markdown will have it. The report's own headings sit one level below the page's h2.
import type { ReportBlock, ReportDocument } from '../../shared/registers';
import { formatDateTime } from '../format';

function Block({ block, n }: { block: ReportBlock; n: number }) {
  switch (block.type) {
    case 'heading': {
      const Tag = block.level === 1 ? 'h3' : block.level === 2 ? 'h4' : 'h5';
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return <p className="description">{block.text}</p>;
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th scope="col" key={`${n}-${i}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th scope="row" key={c}>
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function ReportView({ report }: { report: ReportDocument }) {
  return (
    <article className="report" aria-labelledby="rapport-titel">
      <h3 id="rapport-titel" className="report-title">
        {report.title}
      </h3>
      <p className="meta">
        <span>{report.subtitle}</span>
        <span>Gemaakt op {formatDateTime(report.generatedAt)}</span>
      </p>
      {report.blocks.map((b, i) => (
        <Block key={i} block={b} n={i} />
      ))}
    </article>
  );
}
