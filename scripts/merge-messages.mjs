// Merges a JSON fragment into one message catalogue, key by key (existing keys are overwritten,
// others kept): node scripts/merge-messages.mjs <locale> <fragment.json>
import { readFileSync, writeFileSync } from "node:fs";

const [locale, fragmentPath] = process.argv.slice(2);
if (!locale || !fragmentPath) {
  console.error("usage: node scripts/merge-messages.mjs <locale> <fragment.json>");
  process.exit(2);
}
const file = `messages/${locale}.json`;
const merge = (target, source) => {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === "object" && !Array.isArray(v)) target[k] = merge(target[k] && typeof target[k] === "object" ? target[k] : {}, v);
    else target[k] = v;
  }
  return target;
};
const catalogue = JSON.parse(readFileSync(file, "utf8"));
writeFileSync(file, JSON.stringify(merge(catalogue, JSON.parse(readFileSync(fragmentPath, "utf8"))), null, 2) + "\n");
