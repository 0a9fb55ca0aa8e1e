// The legend of a chart with several series, in HTML so it follows the page's direction; each name
// sits next to a sample of its colour and pattern.
import { SERIES } from "./series";

export function SeriesLegend({ names }: { names: string[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="series-legend">
      {names.map((name, i) => {
        const s = SERIES[i % SERIES.length];
        return (
          <li key={name} className="flex items-center gap-2">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="14" height="14" fill={s.color} stroke={s.color} />
              {s.hatch && <path d="M1 9 L9 1 M5 15 L15 5" stroke="#ffffff" strokeWidth="2" />}
            </svg>
            <span>{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
