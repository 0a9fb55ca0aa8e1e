"use client";
// The dashboard's charts, loaded after the page has rendered: recharts is only in the chunks these
// imports create, and only the dashboard page imports this file (the questionnaire and every other
// page stay free of it). The server renders the figures' tables; the charts draw in the browser.
import dynamic from "next/dynamic";

const placeholder = () => <div className="h-full w-full animate-pulse rounded bg-surface" />;

export const PillarRadarChart = dynamic(() => import("./pillar-radar").then((m) => m.PillarRadar), { ssr: false, loading: placeholder });
export const GapBarChart = dynamic(() => import("./gap-bars").then((m) => m.GapBars), { ssr: false, loading: placeholder });
export const TrendLineChart = dynamic(() => import("./trend-lines").then((m) => m.TrendLines), { ssr: false, loading: placeholder });
