import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationEntry } from "@/components/api-docs/operation-entry";
import { openApiDocument } from "@/lib/api/openapi/document";
import { API_OPERATIONS } from "@/lib/api/openapi/registry";
import { API_TAGS } from "@/lib/api/openapi/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

// The API reference, rendered on the server from the same registry and document as
// GET /api/v1/openapi.json: no script, no external asset. Signed-in (the (app) layout), like the
// account page that links here; the JSON document itself is public.
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const { document } = openApiDocument();
  const tags = API_TAGS.filter((tag) => API_OPERATIONS.some((op) => op.tag === tag));
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p>{t("intro")}</p>
        <p>
          {t("document")}{" "}
          <a href="/api/v1/openapi.json" className="text-brand underline" dir="ltr" data-testid="openapi-link">
            /api/v1/openapi.json
          </a>
        </p>
        <p className="text-muted">{t("englishNote")}</p>
      </div>
      <nav aria-labelledby="api-docs-contents" className="rounded-lg border border-line bg-white p-4">
        <h2 id="api-docs-contents" className="text-lg font-semibold">
          {t("contents")}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="text-brand underline">
                {t(`tags.${tag}`)}
              </a>{" "}
              <span className="text-muted">({t("operationCount", { count: API_OPERATIONS.filter((op) => op.tag === tag).length })})</span>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
          <h2 id={`tag-${tag}`} className="text-xl font-semibold">
            {t(`tags.${tag}`)}
          </h2>
          {API_OPERATIONS.filter((op) => op.tag === tag).map((op) => (
            <OperationEntry key={`${op.method} ${op.path}`} op={op} operation={document.paths[op.path][op.method.toLowerCase()]} components={document.components.schemas} />
          ))}
        </section>
      ))}
    </div>
  );
}
