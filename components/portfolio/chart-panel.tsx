"use client";
// A chart with the table of its figures one click away. The table is rendered on the server and
// passed in as children: this component only shows or hides it, so the numbers are the same with or
// without the chart. Without JavaScript the chart never draws, so the no-script style shows the
// tables and drops the buttons (see TablesWithoutScript).
import { useState, type ReactNode } from "react";

export function ChartPanel({ tableId, showLabel, hideLabel, chart, children }: { tableId: string; showLabel: string; hideLabel: string; chart: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      {chart}
      <button
        type="button"
        className="rounded border border-brand bg-white px-3 py-1 text-sm font-medium text-brand"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
        data-chart-toggle=""
        data-testid={`toggle-${tableId}`}
      >
        {open ? hideLabel : showLabel}
      </button>
      {/* A class, not the hidden attribute: the no-script style must be able to override it. */}
      <div id={tableId} className={open ? "relative block overflow-x-auto" : "relative hidden overflow-x-auto"} data-chart-table="">
        {children}
      </div>
    </div>
  );
}
