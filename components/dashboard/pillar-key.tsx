// The pillar codes a chart's axis shows, each with its name in the reader's language: the charts
// label their axes with the short codes (names would not fit around a radar at 390 px), and the
// key says what each one is. In the page's direction, like the legends.
export function PillarKey({ id, label, names }: { id: string; label: string; names: { code: string; name: string }[] }) {
  return (
    <div className="text-sm" data-testid={id}>
      <p id={id} className="font-medium">
        {label}
      </p>
      <ul aria-labelledby={id} className="flex flex-wrap gap-x-4 gap-y-1">
        {names.map((n) => (
          <li key={n.code} data-testid={`${id}-${n.code}`}>
            <span className="font-mono">{n.code}</span> {n.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
