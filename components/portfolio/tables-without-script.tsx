// Without JavaScript the charts never draw: their tables show in their place and the toggle buttons,
// which could not work, are dropped.
const NO_SCRIPT_STYLE = "<style>div[data-chart-table]{display:block!important}button[data-chart-toggle],div[data-chart]{display:none!important}</style>";

export function TablesWithoutScript() {
  // As markup: React does not render children inside <noscript> the way a browser without scripts reads them.
  return <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_STYLE }} />;
}
