// The colours and patterns of the portfolio's chart series: up to five (the comparison's maximum).
// Every colour passes 3:1 against white; odd series are hatched so they differ without colour.
export const SERIES: readonly { color: string; hatch: boolean }[] = [
  { color: "#0b5394", hatch: false },
  { color: "#b45309", hatch: true },
  { color: "#1e6b3a", hatch: false },
  { color: "#7c3aed", hatch: true },
  { color: "#b42318", hatch: false },
];
