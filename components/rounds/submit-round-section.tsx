import { getTranslations } from "next-intl/server";
import { attr, html, RawHtml, type Markup } from "@/lib/html/markup";
import { SubmitRoundButton } from "./submit-round-form";

export interface MissingLink {
  code: string;
  href: string;
  title: string;
  dontKnow: boolean;
}

/** A carried-over answer nobody has confirmed or changed: listed as a warning, not a block. */
export type CarriedLink = Omit<MissingLink, "dontKnow">;

/**
 * Indicators as a list of links by code, each with its title on hover (a "don't know" answer
 * marked when `dontKnowTag` is given): the content of a RawHtml list, here and on the round page.
 */
export function codeLinkItems(items: readonly (CarriedLink & { dontKnow?: boolean })[], dontKnowTag?: string): Markup {
  return html`${items.map((m) => html`<li><a href="${m.href}" class="text-brand underline"${attr("title", m.title)}>${m.code}</a>${m.dontKnow && dontKnowTag ? html`<span class="ms-1 text-muted">(${dontKnowTag})</span>` : null}</li>`)}`;
}

/**
 * Submission for review. What is missing is listed, as links, before anything is asked; the button
 * stays disabled until nothing is. The lists are markup rendered here (lib/html/markup.ts): only the
 * button is a client component, so the lists cross the wire once and no message catalogue with them.
 */
export async function SubmitRoundSection({ roundId, version, missing, carried }: { roundId: string; version: number; missing: MissingLink[]; carried: CarriedLink[] }) {
  const t = await getTranslations("round");
  const blocked = missing.length > 0;
  return (
    <section aria-labelledby="submit-h" className="space-y-2 rounded-lg border border-line bg-white p-4" data-testid="submit-section" data-in-place="">
      <h2 id="submit-h" className="text-lg font-semibold">{t("submitTitle")}</h2>
      <p id="submit-state" className="text-sm text-muted">{blocked ? t("submitBlocked", { count: missing.length }) : t("submitReady")}</p>
      {blocked && (
        <RawHtml
          as="ul"
          className="flex flex-wrap gap-x-3 gap-y-1 text-sm"
          aria-labelledby="submit-state"
          data-testid="submit-missing"
          content={codeLinkItems(missing, t("dontKnowTag"))}
        />
      )}
      {carried.length > 0 && (
        <>
          <p id="submit-carried" className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t("submitCarried", { count: carried.length })}</p>
          <RawHtml
            as="ul"
            className="flex flex-wrap gap-x-3 gap-y-1 text-sm"
            aria-labelledby="submit-carried"
            data-testid="submit-carried"
            content={codeLinkItems(carried)}
          />
        </>
      )}
      <SubmitRoundButton roundId={roundId} version={version} blocked={blocked} labels={{ submit: t("submit"), confirm: t("confirmSubmit"), failed: t("submitFailed") }} />
    </section>
  );
}
