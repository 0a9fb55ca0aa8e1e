"use client";
// A chart with the table of its figures one click away. The table is rendered on the server (it is
// passed in as children) and only shown or hidden here, so screen readers and people without the
// chart get the same numbers. No recharts in this file: it is the charts' lazy boundary's sibling.
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
      >
        {open ? hideLabel : showLabel}
      </button>
      <div id={tableId} hidden={!open} className="overflow-x-auto">
        {children}
      </div>
    </div>
  );
}
