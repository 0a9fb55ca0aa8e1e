import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { FrameworkEditorPanel } from "@/components/admin/framework-editor";
import { requirePageActor } from "@/lib/auth/session";
import { getFrameworkEditor } from "@/lib/frameworks/editor-view";
import { TEXT_REVISION_REASON_MAX } from "@/lib/frameworks/schemas";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { saveFrameworkPillarAction } from "../../actions";

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<{ pillar?: string | string[]; lang?: string | string[] }> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

async function load({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const [{ versionId }, query, readerLocale] = await Promise.all([params, searchParams, pageLocale()]);
  const lang = one(query.lang);
  const language = isLocale(lang) ? lang : readerLocale;
  return loadOr404(() => getFrameworkEditor(actor, versionId, { pillar: one(query.pillar), language, readerLocale }));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [view, t] = await Promise.all([load(props), getTranslations("admin.frameworks")]);
  return { title: t(view.status === "DRAFT" ? "edit.titleDraft" : "edit.titleRevision", { label: view.label }) };
}

/**
 * The framework editor: one pillar in one language at a time, chosen by the form at the top (a
 * plain GET form: the browser asks before leaving unsaved changes). A draft is edited whole (label,
 * codes, weights, texts); the published version's texts are corrected by an audited text revision;
 * a retired version never changes.
 */
export default async function FrameworkEditPage(props: Props) {
  const view = await load(props);
  const t = await getTranslations("admin.frameworks");
  const versionHref = `/admin/frameworks/${view.id}`;
  const isDraft = view.status === "DRAFT";
  const values = view.values;
  const select = "rounded border border-line bg-white px-3 py-2";
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href={versionHref} className="text-brand underline-offset-4 hover:underline">
          {t("edit.back", { label: view.label })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t(isDraft ? "edit.headingDraft" : "edit.headingRevision", { label: view.label })}</h1>
      {!values ? (
        <p data-testid="framework-editor-retired">{t("edit.retired")}</p>
      ) : (
        <>
          <p className="text-muted">{t(isDraft ? "edit.introDraft" : "edit.introRevision")}</p>
          <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4 shadow-sm" data-testid="framework-editor-choose">
            <div>
              <label htmlFor="choose-pillar" className="mb-1 block font-medium">
                {t("edit.choosePillar")}
              </label>
              <select id="choose-pillar" name="pillar" defaultValue={values.pillarCode} className={select}>
                {view.pillars.map((p) => (
                  <option key={p.code} value={p.code} lang={p.name.lang}>
                    {p.code} — {p.name.text}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="choose-lang" className="mb-1 block font-medium">
                {t("edit.chooseLanguage")}
              </label>
              <select id="choose-lang" name="lang" defaultValue={view.language} className={select}>
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LOCALE_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-surface">
              {t("edit.show")}
            </button>
          </form>
          <h2 className="text-xl font-semibold" data-testid="framework-editor-heading">
            {t("edit.editing", { pillar: values.pillarCode, language: LOCALE_NAMES[view.language] })}
          </h2>
          <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin"])}>
            <FrameworkEditorPanel
              mode={isDraft ? "draft" : "revision"}
              fingerprint={view.fingerprint}
              values={values}
              reference={view.reference}
              reasonMax={TEXT_REVISION_REASON_MAX}
              save={saveFrameworkPillarAction.bind(null, view.id)}
              versionHref={versionHref}
              revisionsHref={`${versionHref}/revisions`}
            />
          </NextIntlClientProvider>
        </>
      )}
    </div>
  );
}
