// The "Download" block of the dashboard, the round page and the portfolio: plain links to the
// export routes (lib/export/formats.ts), in the page's language. Plain <a download> links, so they
// work without JavaScript; the route authorizes each download like the page. To offer another
// format, add it to the list of its kind (and its label under exports.format in the catalogues).
import { getTranslations } from "next-intl/server";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/config";
import type { TPortfolioFilters } from "@/lib/portfolio/schemas";

const ROUND_FORMATS = ["xlsx", "csv", "json"] as const;
const PORTFOLIO_FORMATS = ["xlsx", "csv"] as const;

type Props = { locale: Locale } & ({ kind: "round"; roundId: string } | { kind: "portfolio"; filters: TPortfolioFilters });

function hrefOf(props: Props, format: string): string {
  const query = new URLSearchParams({ format, lang: props.locale });
  if (props.kind === "round") return `/api/v1/rounds/${encodeURIComponent(props.roundId)}/export?${query}`;
  for (const [key, value] of Object.entries(props.filters)) if (value !== null) query.set(key, value);
  return `/api/v1/portfolio/export?${query}`;
}

export async function ExportLinks(props: Props) {
  const t = await getTranslations("exports");
  const formats = props.kind === "round" ? ROUND_FORMATS : PORTFOLIO_FORMATS;
  return (
    <details className="rounded border border-line bg-white p-3 text-sm" data-testid="export-links">
      <summary className="cursor-pointer font-medium">{t(props.kind === "round" ? "roundSummary" : "portfolioSummary")}</summary>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        {formats.map((format) => (
          <li key={format}>
            <a href={hrefOf(props, format)} download className="text-brand underline" data-testid={`export-${format}`}>
              {t(`format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-muted">{t("hint", { language: LOCALE_NAMES[props.locale] })}</p>
    </details>
  );
}
