// A data-point marker of a given shape, for the charts and their legends (shape tells series apart
// where colour cannot).
import type { MarkerShape } from "./series";

export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case "square":
      return `M ${cx - r} ${cy - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case "triangle":
      return `M ${cx} ${cy - r * 1.2} L ${cx + r * 1.1} ${cy + r * 0.8} L ${cx - r * 1.1} ${cy + r * 0.8} Z`;
    case "diamond":
      return `M ${cx} ${cy - r * 1.3} L ${cx + r * 1.3} ${cy} L ${cx} ${cy + r * 1.3} L ${cx - r * 1.3} ${cy} Z`;
    case "cross":
      return `M ${cx - r} ${cy - r} L ${cx + r} ${cy + r} M ${cx + r} ${cy - r} L ${cx - r} ${cy + r}`;
    case "star": {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${cx + radius * Math.cos(angle)} ${cy + radius * Math.sin(angle)}`);
      }
      return `M ${points.join(" L ")} Z`;
    }
  }
}

export function Marker({ shape, cx, cy, color, r = 4 }: { shape: MarkerShape; cx: number; cy: number; color: string; r?: number }) {
  const open = shape === "cross";
  return <path d={markerPath(shape, cx, cy, r)} fill={open ? "none" : color} stroke={color} strokeWidth={open ? 2 : 1} />;
}
