/** Charts with Chart.js; each canvas carries a text alternative and its data size for assistive tech and tests. */
const charts = new Map();

function draw(canvas, config) {
  charts.get(canvas.id)?.destroy();
  charts.set(canvas.id, new window.Chart(canvas, { ...config, options: { maintainAspectRatio: false, animation: false, ...config.options } }));
  canvas.dataset.rendered = 'true';
}

function targetOf(sla) {
  const objective = sla.objective ?? {};
  return objective.kind === 'attainment' ? objective.targetPercent : objective.target;
}

/** SLA value per period (oldest first) with the target line; breached periods in red. */
export function slaChart(canvas, sla) {
  const periods = [...(sla.periods ?? [])].reverse();
  const target = targetOf(sla);
  canvas.dataset.periods = String(periods.length);
  canvas.setAttribute('aria-label', `${sla.name}: ${periods.length} periods, ${periods.filter((p) => p.outcome === 'breached').length} breached, target ${target ?? 'none'}`);
  draw(canvas, {
    type: 'line',
    data: {
      labels: periods.map((p) => p.periodStart.slice(0, 10)),
      datasets: [
        {
          label: 'Measured value',
          data: periods.map((p) => p.value),
          borderColor: '#0b5cad',
          pointRadius: periods.map((p) => (p.outcome === 'breached' ? 6 : 3)),
          pointBackgroundColor: periods.map((p) => (p.outcome === 'breached' ? '#a1141b' : p.outcome === 'met' ? '#146c2e' : '#8a94a3')),
          pointStyle: periods.map((p) => (p.outcome === 'breached' ? 'crossRot' : 'circle')),
        },
        ...(target === undefined ? [] : [{ label: 'Target', data: periods.map(() => target), borderColor: '#7a4a00', borderDash: [6, 4], pointRadius: 0 }]),
      ],
    },
  });
}

export function creditsChart(canvas, creditsByMonth) {
  canvas.setAttribute('aria-label', `Service credits for ${creditsByMonth.length} months`);
  draw(canvas, {
    type: 'bar',
    data: {
      labels: creditsByMonth.map((c) => c.month),
      datasets: [{ label: 'Service credits', data: creditsByMonth.map((c) => c.amount), backgroundColor: creditsByMonth.map((c) => (c.capped ? '#a1141b' : '#0b5cad')) }],
    },
  });
}

export function trendChart(canvas, trend) {
  canvas.setAttribute('aria-label', `Monthly trend over ${trend.length} months`);
  draw(canvas, {
    type: 'line',
    data: {
      labels: trend.map((t) => t.month),
      datasets: [
        { label: 'SLA attainment %', data: trend.map((t) => (t.slaAttainmentRate === null ? null : t.slaAttainmentRate * 100)), borderColor: '#0b5cad' },
        { label: 'QA average score', data: trend.map((t) => t.qaAverageScore), borderColor: '#146c2e' },
      ],
    },
    options: { scales: { y: { min: 0, max: 100 } } },
  });
}
