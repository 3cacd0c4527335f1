/** Charts with Chart.js; each canvas carries a text alternative and its data size for assistive tech and tests. */
const COLORS = {
  value: '#0b5cad',
  target: '#7a4a00',
  met: '#146c2e',
  breached: '#b3121a',
  none: '#6b7584',
  qa: '#146c2e',
};
const PERCENT_METRICS = new Set([
  'first_response_time',
  'resolution_time',
  'service_level',
  'csat',
  'reopen_rate',
  'abandonment_rate',
  'qa_score',
]);
const charts = new Map();

/** The legend's swatch of a dataset whose points are coloured by outcome shows the line's colour instead. */
function legendLabels(chart) {
  return window.Chart.defaults.plugins.legend.labels
    .generateLabels(chart)
    .map((label) =>
      label.datasetIndex === 0 ? { ...label, fillStyle: COLORS.value, strokeStyle: COLORS.value } : label,
    );
}

function draw(canvas, config, summary) {
  charts.get(canvas.id)?.destroy();
  canvas.setAttribute('aria-label', summary);
  const legend = { labels: { color: '#1b1f24', usePointStyle: true, generateLabels: legendLabels } };
  const options = {
    maintainAspectRatio: false,
    animation: false,
    ...config.options,
    plugins: { legend, ...config.options?.plugins },
  };
  charts.set(canvas.id, new window.Chart(canvas, { ...config, options }));
  canvas.dataset.rendered = 'true';
}

export function targetOf(sla) {
  const objective = sla.objective ?? {};
  return objective.kind === 'attainment' ? objective.targetPercent : objective.target;
}

/** Oldest first, as a chart reads. */
export const chronological = (periods) =>
  [...(periods ?? [])].sort((a, b) => a.periodStart.localeCompare(b.periodStart));

const outcomeColor = (p) =>
  p.provisional || p.outcome === 'insufficient_data'
    ? COLORS.none
    : p.outcome === 'breached'
      ? COLORS.breached
      : COLORS.met;

/** SLA value per period with the target line; breached periods get a large red cross of their own legend entry. */
export function slaChart(canvas, sla) {
  const periods = chronological(sla.periods);
  const target = targetOf(sla);
  const breached = periods.filter((p) => p.outcome === 'breached' && !p.provisional);
  canvas.dataset.periods = String(periods.length);
  const percentScale = PERCENT_METRICS.has(sla.metric)
    ? { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } }
    : {};
  draw(
    canvas,
    {
      type: 'line',
      data: {
        labels: periods.map((p) => p.periodStart.slice(0, 10)),
        datasets: [
          {
            label: 'Measured value',
            data: periods.map((p) => p.value),
            borderColor: COLORS.value,
            backgroundColor: COLORS.value,
            pointBackgroundColor: periods.map(outcomeColor),
            pointBorderColor: periods.map(outcomeColor),
            pointRadius: 3,
            borderWidth: 2,
          },
          {
            label: 'Breached period',
            data: periods.map((p) => (breached.includes(p) ? p.value : null)),
            showLine: false,
            pointStyle: 'crossRot',
            pointRadius: 8,
            pointBorderWidth: 3,
            borderColor: COLORS.breached,
            backgroundColor: COLORS.breached,
          },
          ...(target === undefined
            ? []
            : [
                {
                  label: `Target (${target})`,
                  data: periods.map(() => target),
                  borderColor: COLORS.target,
                  borderDash: [6, 4],
                  pointRadius: 0,
                  pointStyle: 'line',
                  borderWidth: 2,
                },
              ]),
        ],
      },
      options: { scales: { y: percentScale, x: { ticks: { maxRotation: 0, autoSkipPadding: 16 } } } },
    },
    `${sla.name}: ${periods.length} periods, ${breached.length} breached, target ${target ?? 'none'}`,
  );
}

export function creditsChart(canvas, creditsByMonth, currency) {
  canvas.dataset.periods = String(creditsByMonth.length);
  draw(
    canvas,
    {
      type: 'bar',
      data: {
        labels: creditsByMonth.map((c) => c.month),
        datasets: [
          {
            label: `Service credits (${currency})`,
            data: creditsByMonth.map((c) => c.amount),
            backgroundColor: creditsByMonth.map((c) => (c.capped ? COLORS.breached : COLORS.value)),
            maxBarThickness: 48,
          },
        ],
      },
      options: { plugins: { legend: { display: false } } },
    },
    `Service credits for ${creditsByMonth.length} months, ${creditsByMonth.filter((c) => c.capped).length} at the cap`,
  );
}

/** Monthly figures in percent (0–100): one line per series `{ label, color, values }`. */
export function monthlyChart(canvas, months, series, summary) {
  canvas.dataset.periods = String(months.length);
  draw(
    canvas,
    {
      type: 'line',
      data: {
        labels: months,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: s.color,
          backgroundColor: s.color,
          spanGaps: true,
          borderWidth: 2,
        })),
      },
      options: { scales: { y: { min: 0, max: 100 } } },
    },
    summary,
  );
}

export const SERIES_COLORS = { sla: COLORS.value, qa: COLORS.qa, autoFail: COLORS.breached };
