// The legend of a chart, in HTML so it follows the page's direction (right to left in Arabic) and
// names each series in text next to a sample of its stroke pattern and marker.
import { Marker } from "./marker";
import type { SeriesStyle } from "./series";

export function ChartLegend({ items }: { items: { key: string; label: string; style: SeriesStyle }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="chart-legend">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-2">
          <svg width="32" height="12" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            <line x1="1" y1="6" x2="31" y2="6" stroke={item.style.color} strokeWidth="2" strokeDasharray={item.style.dash} />
            <Marker shape={item.style.marker} cx={16} cy={6} color={item.style.color} r={3.5} />
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
