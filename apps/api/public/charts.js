/** Charts with Chart.js; each canvas carries a text alternative and its data size for assistive tech and tests. */
const COLORS = {
  value: '#0b5cad',
  target: '#7a4a00',
  met: '#146c2e',
  breached: '#b3121a',
  none: '#6b7584',
  qa: '#146c2e',
  capped: '#8a1538',
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

/** Every legend swatch has its line's colour (points coloured by outcome must not tint the legend). */
function legendLabels(chart) {
  return window.Chart.defaults.plugins.legend.labels.generateLabels(chart).map((label) => {
    const color =
      chart.data.datasets[label.datasetIndex].legendColor ?? chart.data.datasets[label.datasetIndex].borderColor;
    return typeof color === 'string' ? { ...label, fillStyle: color, strokeStyle: color } : label;
  });
}

/** Every month from the first to the last, so a month without data still has its place on the axis. */
export function monthsBetween(first, last) {
  const months = [];
  if (!first || !last) return months;
  let [y, m] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(key);
    m += 1;
    if (m > 12) ((m = 1), (y += 1));
  }
  return months;
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
  canvas.dataset.provisional = String(periods.filter((p) => p.provisional).length);
  const percentScale = PERCENT_METRICS.has(sla.metric)
    ? { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } }
    : { beginAtZero: true };
  draw(
    canvas,
    {
      type: 'line',
      data: {
        labels: periods.map((p) => p.periodStart.slice(0, 10)),
        datasets: [
          {
            label: 'Measured value',
            data: periods.map((p) => (p.provisional ? null : p.value)),
            spanGaps: false,
            borderColor: COLORS.value,
            backgroundColor: COLORS.value,
            pointBackgroundColor: periods.map(outcomeColor),
            pointBorderColor: periods.map(outcomeColor),
            pointRadius: 3,
            borderWidth: 2,
          },
          {
            label: 'Provisional (period still running)',
            data: periods.map((p) => (p.provisional ? p.value : null)),
            showLine: false,
            pointStyle: 'rectRot',
            pointRadius: 6,
            pointBorderWidth: 2,
            borderColor: COLORS.none,
            backgroundColor: '#ffffff',
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

/**
 * Credits per month over the whole range (a month without credits is a zero bar, not a missing month); a month
 * that reached the contract's cap is its own series, so the legend explains the colour.
 */
export function creditsChart(canvas, creditsByMonth, currency, range = {}) {
  const byMonth = new Map(creditsByMonth.map((c) => [c.month, c]));
  const known = creditsByMonth.map((c) => c.month).sort();
  const months = monthsBetween(
    [range.from?.slice(0, 7), known[0]].filter(Boolean).sort()[0],
    [range.to?.slice(0, 7), known[known.length - 1]].filter(Boolean).sort().reverse()[0],
  );
  const amount = (month, capped) => {
    const credit = byMonth.get(month);
    return credit && Boolean(credit.capped) === capped ? credit.amount : 0;
  };
  canvas.dataset.periods = String(months.length);
  canvas.dataset.capped = String(creditsByMonth.filter((c) => c.capped).length);
  draw(
    canvas,
    {
      type: 'bar',
      data: {
        labels: months,
        datasets: [
          {
            label: `Service credits (${currency})`,
            data: months.map((m) => amount(m, false)),
            backgroundColor: COLORS.value,
            borderColor: COLORS.value,
            maxBarThickness: 48,
          },
          {
            label: `Capped at the monthly cap (${currency})`,
            data: months.map((m) => amount(m, true)),
            backgroundColor: COLORS.capped,
            borderColor: COLORS.capped,
            maxBarThickness: 48,
          },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    },
    `Service credits for ${months.length} months, ${creditsByMonth.filter((c) => c.capped).length} at the cap`,
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
