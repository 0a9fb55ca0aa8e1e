"use client";
// A chart with the table of its figures one click away. The table is rendered on the server (it is
// passed in as children) and only shown or hidden here, so screen readers and people without the
// chart get the same numbers. No recharts in this file: it is the charts' lazy boundary's sibling.
// Without JavaScript there is no chart and no working button: ChartTablesWithoutScript shows the
// tables instead.
import { useState, type ReactNode } from "react";

export function ChartPanel({
  tableId,
  showLabel,
  hideLabel,
  chart,
  children,
}: {
  tableId: string;
  showLabel: string;
  hideLabel: string;
  chart: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      {chart}
      <button
        type="button"
        className="rounded border border-brand px-3 py-1 text-sm font-medium text-brand"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
        data-testid={`toggle-${tableId}`}
        data-chart-toggle=""
      >
        {open ? hideLabel : showLabel}
      </button>
      {/* A class, not the hidden attribute: Tailwind's base layer hides [hidden] with !important, which
          the no-script style below could not undo. */}
      <div id={tableId} className={open ? "overflow-x-auto" : "hidden"} data-chart-table="">
        {children}
      </div>
    </div>
  );
}

const NO_SCRIPT_STYLE = "<style>div[data-chart-table]{display:block!important}button[data-chart-toggle]{display:none!important}</style>";

/** Without JavaScript the charts never draw: show their tables and drop the buttons that cannot work. */
export function ChartTablesWithoutScript() {
  // As markup: React renders no children inside <noscript> the way a browser without scripts reads them.
  return <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_STYLE }} />;
}
