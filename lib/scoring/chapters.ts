// Which chapter each article of the two Conventions belongs to (product.md, "Article references").
import type { Convention } from "./types";

/** [first article, last article, chapter] ranges. */
const RANGES: Record<Convention, readonly (readonly [number, number, number])[]> = {
  // UN Convention against Cybercrime (A/RES/79/243): nine chapters, 68 articles.
  UNCC: [
    [1, 6, 1],
    [7, 21, 2],
    [22, 22, 3],
    [23, 34, 4],
    [35, 52, 5],
    [53, 53, 6],
    [54, 56, 7],
    [57, 58, 8],
    [59, 68, 9],
  ],
  // Budapest Convention (ETS 185): I use of terms; II national measures (substantive law 2-13,
  // procedural law 14-21, jurisdiction 22); III international co-operation; IV final provisions.
  BUDAPEST: [
    [1, 1, 1],
    [2, 22, 2],
    [23, 35, 3],
    [36, 48, 4],
  ],
};

/** The chapter of an article, or null when the number is outside the Convention. */
export function chapterOf(convention: Convention, article: number): number | null {
  for (const [from, to, chapter] of RANGES[convention]) if (article >= from && article <= to) return chapter;
  return null;
}
