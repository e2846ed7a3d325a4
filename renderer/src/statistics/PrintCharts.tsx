// The statistics charts for print: recharts drawn at a fixed size (an A4 page's text width), with no
// animation and no tooltip. A ResponsiveContainer measures its box with a ResizeObserver, which print
// and PDF generation do not wait for, so these never use one. The legend is plain HTML beside the SVG.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { Series } from './chartData';

/** 180 mm (A4's width less the print margins) at 96 px to the inch. */
export const PRINT_CHART_WIDTH = 680;
const AXIS = { fontSize: 10, fill: '#1b1f24' };

export function PrintStackedChart({
  data,
  series,
  label,
}: {
  data: Record<string, string | number>[];
  series: Series[];
  label: string;
}) {
  return (
    <figure className="st-print-chart" role="img" aria-label={label} data-testid="print-chart-country-year">
      <BarChart width={PRINT_CHART_WIDTH} height={250} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#d5dbe1" />
        <XAxis
          dataKey="year"
          tick={AXIS}
          interval={0}
          angle={data.length > 14 ? -45 : 0}
          textAnchor={data.length > 14 ? 'end' : 'middle'}
          height={data.length > 14 ? 48 : 24}
        />
        <YAxis allowDecimals={false} tick={AXIS} width={36} />
        {series.map((s) => (
          <Bar key={s.name} dataKey={s.name} stackId="all" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
      <ul className="st-legend">
        {series.map((s) => (
          <li key={s.name}>
            <span className="st-swatch" style={{ background: s.color }} aria-hidden />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function PrintFieldChart({ data, label }: { data: { name: string; count: number }[]; label: string }) {
  return (
    <figure className="st-print-chart" role="img" aria-label={label} data-testid="print-chart-by-field">
      <BarChart
        width={PRINT_CHART_WIDTH}
        height={Math.max(80, 24 + data.length * 24)}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 32, bottom: 4, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="#d5dbe1" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={190} interval={0} />
        <Bar dataKey="count" fill="#12528b" isAnimationActive={false} barSize={14}>
          <LabelList dataKey="count" position="right" style={{ fontSize: 10, fill: '#1b1f24' }} />
        </Bar>
      </BarChart>
    </figure>
  );
}
