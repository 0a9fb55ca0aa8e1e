import { getTranslations } from "next-intl/server";
import type { JsonSchema } from "@/lib/api/openapi/document";
import { propertyRows, resolveSchema } from "@/lib/api/openapi/describe";

/**
 * A JSON Schema as a table of its properties, and the whole schema as JSON behind a disclosure.
 * Names, types and constraints are JSON Schema's own words; descriptions are English (lang="en", left to right).
 */
export async function SchemaView({ schema, components, caption }: { schema: JsonSchema; components: Record<string, JsonSchema>; caption: string }) {
  const t = await getTranslations("apiDocs");
  const rows = propertyRows(schema, components);
  const resolved = resolveSchema(schema, components);
  const name = typeof schema.$ref === "string" ? schema.$ref.split("/").pop()! : caption;
  return (
    <div className="space-y-2">
      {typeof resolved.description === "string" && (
        <p lang="en" dir="ltr" className="text-sm">
          {resolved.description}
        </p>
      )}
      {rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-start text-sm">
            <caption className="text-start font-medium">{caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pe-3 text-start">
                  {t("field")}
                </th>
                <th scope="col" className="py-1 pe-3 text-start">
                  {t("type")}
                </th>
                <th scope="col" className="py-1 pe-3 text-start">
                  {t("required")}
                </th>
                <th scope="col" className="py-1 text-start">
                  {t("notes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} className="border-b border-line align-top">
                  <td className="py-1 pe-3" dir="ltr">
                    <code>{row.name}</code>
                  </td>
                  <td className="py-1 pe-3" dir="ltr">
                    <code>{row.type}</code>
                  </td>
                  <td className="py-1 pe-3">{row.required ? t("yes") : t("no")}</td>
                  <td className="py-1">
                    {row.constraints.length > 0 && (
                      <code dir="ltr" className="block">
                        {row.constraints.join(", ")}
                      </code>
                    )}
                    {row.description && <span lang="en" dir="ltr">{row.description}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-brand underline">{t("jsonSchema", { name })}</summary>
        {/* A named, focusable region: a keyboard can scroll a wide schema (axe asks it of scrolling areas). */}
        <pre role="region" tabIndex={0} dir="ltr" aria-label={t("jsonSchema", { name })} className="mt-2 max-h-96 overflow-auto rounded border border-line bg-surface p-3 text-xs">
          {JSON.stringify(resolved, null, 2)}
        </pre>
      </details>
    </div>
  );
}
