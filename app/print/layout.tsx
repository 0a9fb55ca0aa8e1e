// The print area: documents rendered by the report renderer's headless Chromium (lib/report) or
// printed by a reader, without the app's chrome. Fonts come from npm packages and are served by the
// app itself, so Arabic is shaped and Chinese wraps with the same glyphs on every machine: the
// browser fetches only the unicode-range slices a report uses.
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./print.css";

export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <div className="report-document">{children}</div>;
}
