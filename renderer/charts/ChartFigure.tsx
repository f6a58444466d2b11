// A chart with everything around it: a visible title (figcaption), the canvas in a role="img" wrapper with an
// accessible name, and the same numbers as a table under "Tabel bij deze grafiek" for screen readers and for
// anyone who prefers figures. chart.js is loaded only when the first chart is drawn.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { loadChartJs, type ChartJs, type Config } from './chartjs';

export function ChartFigure(props: {
  title: string;
  /** What the chart shows, in a sentence; the wrapper's accessible name. */
  description: string;
  /** Builds the chart.js configuration; memoize it (useCallback) on the data, it redraws when it changes. */
  build(chartjs: ChartJs): Config;
  table: ReactNode;
  children?: ReactNode;
  tall?: boolean;
}) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const { build } = props;

  useEffect(() => {
    let live = true;
    let chart: { destroy(): void } | null = null;
    loadChartJs().then(
      (chartjs) => {
        if (!live || !canvasRef.current) return;
        chart = new chartjs.Chart(canvasRef.current, build(chartjs));
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [build]);

  return (
    <figure className="chart" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="chart-title">
        {props.title}
      </figcaption>
      {failed ? (
        <p className="load-failed">De grafiek kon niet worden getekend. De cijfers staan in de tabel hieronder.</p>
      ) : (
        <div className={`chart-box${props.tall ? ' chart-box-tall' : ''}`} role="img" aria-label={`${props.description} De cijfers staan in de tabel bij deze grafiek.`}>
          <canvas ref={canvasRef} />
        </div>
      )}
      {props.children}
      <details className="chart-table">
        <summary>
          Tabel bij deze grafiek<span className="visually-hidden">: {props.title}</span>
        </summary>
        <div className="table-scroll">{props.table}</div>
      </details>
    </figure>
  );
}
