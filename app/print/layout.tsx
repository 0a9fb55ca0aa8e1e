// The print area: documents rendered by the report renderer's headless Chromium (lib/report) or
// printed by a reader, without the app's chrome. Fonts come from npm packages and are served by the
// app itself, so Arabic is shaped and Chinese wraps with the same glyphs on every machine: the
// browser fetches only the unicode-range slices a report uses. Arabic is set in Amiri: with Noto
// Sans Arabic (dots drawn as separate marks) and Cairo (lam-alef), Chromium's PDF text layer reads
// back with wrong or swapped letters; Amiri's reads back as written (e2e/report.spec.ts checks it).
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/amiri/arabic-400.css";
import "@fontsource/amiri/arabic-700.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./print.css";

export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <div className="report-document">{children}</div>;
}
