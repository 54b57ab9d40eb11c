/** Value axis for the bar charts. d3 is used only for numbers (scale, ticks, format), never for a DOM. */
import { formatLocale } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { num, text } from './svg.ts';

// No-break space before "€", as in src/lib/format.ts, so that axis and labels look alike and never wrap.
const german = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] });
const euroTick = german.format('$,.0f');

/** Axis label for an amount in cents, whole euros ("400.000 €"). */
export function formatTickEuro(cents: number): string {
  return euroTick(cents / 100);
}

/** Linear cents → y scale from 0 to a "nice" maximum; an all-zero domain still yields a usable axis. */
export function valueScale(maxCents: number, plotTop: number, plotBottom: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, maxCents > 0 ? maxCents : 100])
    .range([plotBottom, plotTop])
    .nice(5);
}

/** Horizontal grid lines with tick labels left of `x0`, and the baseline. */
export function yAxis(scale: ScaleLinear<number, number>, x0: number, x1: number, tickCount = 5): string {
  const ticks = scale.ticks(tickCount);
  const grid = ticks
    .filter((t) => t !== 0)
    .map((t) => `M${num(x0)} ${num(scale(t))}H${num(x1)}`)
    .join('');
  const labels = ticks.map((t) => text(x0 - 6, scale(t) + 4.5, formatTickEuro(t), { anchor: 'end' })).join('');
  const baseline = `<path class="chart-axis" d="M${num(x0)} ${num(scale(0))}H${num(x1)}"/>`;
  return `<g class="chart-y-axis">${grid ? `<path class="chart-grid" d="${grid}"/>` : ''}${labels}${baseline}</g>`;
}

/** Tick label texts, so a chart can measure them and start its plot right of the widest. */
export function tickLabels(scale: ScaleLinear<number, number>, tickCount = 5): string[] {
  return scale.ticks(tickCount).map(formatTickEuro);
}
