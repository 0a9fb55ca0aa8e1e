"use client";
// The portfolio's charts, loaded after the page has rendered: recharts lives only in the chunk this
// import creates, and only the portfolio page imports this file. The tables render on the server.
import dynamic from "next/dynamic";

const placeholder = () => <div className="h-full w-full animate-pulse rounded bg-surface" />;

export const BarChartLazy = dynamic(() => import("./bar-chart").then((m) => m.HorizontalBars), { ssr: false, loading: placeholder });
