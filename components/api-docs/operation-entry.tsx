import { getTranslations } from "next-intl/server";
import { constraintsOf, typeOf } from "@/lib/api/openapi/describe";
import type { JsonSchema } from "@/lib/api/openapi/document";
import { errorCodesByStatus } from "@/lib/api/openapi/errors";
import type { ApiAuth, ApiOperation } from "@/lib/api/openapi/types";
import { SchemaView } from "./schema-view";

const AUTH_KEYS: Record<ApiAuth, "authPublic" | "authSession" | "authTokenRead" | "authTokenReadWrite"> = {
  public: "authPublic",
  session: "authSession",
  "token-read": "authTokenRead",
  "token-read-write": "authTokenReadWrite",
};

type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };
type Content = Record<string, { schema?: JsonSchema }>;

/** One operation of the reference page: what the registry says of it, and its schemas from the document. */
export async function OperationEntry({ op, operation, components }: { op: ApiOperation; operation: JsonSchema; components: Record<string, JsonSchema> }) {
  const [t, te] = await Promise.all([getTranslations("apiDocs"), getTranslations("errors")]);
  const headingId = `op-${op.operationId}`;
  const parameters = (operation.parameters ?? []) as Parameter[];
  const body = operation.requestBody as { content: Content } | undefined;
  const success = (operation.responses as Record<string, { content?: Content }>)[String(op.response.status)];
  const errors = [...errorCodesByStatus(op)];
  const section = "space-y-2";
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm" data-testid="api-operation" data-operation={op.operationId}>
      <div className="space-y-1">
        <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold" dir="ltr">
          <span className="rounded bg-brand-dark px-2 py-0.5 font-mono text-sm text-white">{op.method}</span>{" "}
          <code className="break-all">{op.path}</code>
        </h3>
        <p lang="en" dir="ltr">{op.summary}</p>
        {op.description && (
          <p lang="en" dir="ltr" className="text-sm text-muted">
            {op.description}
          </p>
        )}
        <p className="text-sm">
          <span className="font-medium">{t("auth")}</span> {t(AUTH_KEYS[op.auth])}
        </p>
      </div>

      {parameters.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-start text-sm">
            <caption className="text-start font-semibold">{t("parameters")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pe-3 text-start">
                  {t("field")}
                </th>
                <th scope="col" className="py-1 pe-3 text-start">
                  {t("in")}
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
              {parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-line align-top">
                  <td className="py-1 pe-3" dir="ltr">
                    <code>{p.name}</code>
                  </td>
                  <td className="py-1 pe-3">{p.in === "path" ? t("inPath") : t("inQuery")}</td>
                  <td className="py-1 pe-3" dir="ltr">
                    <code>{typeOf(p.schema)}</code>
                  </td>
                  <td className="py-1 pe-3">{p.required ? t("yes") : t("no")}</td>
                  <td className="py-1">
                    {constraintsOf(p.schema).length > 0 && (
                      <code dir="ltr" className="block">
                        {constraintsOf(p.schema).join(", ")}
                      </code>
                    )}
                    {p.description && <span lang="en" dir="ltr">{p.description}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {body && (
        <section className={section} aria-labelledby={`${headingId}-body`}>
          <h4 id={`${headingId}-body`} className="font-semibold">
            {t("requestBody")}
          </h4>
          {op.body?.kind === "json" && <p className="text-sm">{t("jsonLimit", { kb: op.body.maxBytes / 1024 })}</p>}
          {op.body?.kind === "other" && (
            <p lang="en" dir="ltr" className="text-sm">
              {op.body.description}
            </p>
          )}
          {Object.entries(body.content).map(([type, c]) => (
            <div key={type} className="space-y-1">
              <p className="text-sm">
                {t("mediaType")} <code dir="ltr">{type}</code>
              </p>
              {c.schema && c.schema.format !== "binary" && <SchemaView schema={c.schema} components={components} caption={t("bodyFields")} />}
            </div>
          ))}
        </section>
      )}

      <section className={section} aria-labelledby={`${headingId}-answer`}>
        <h4 id={`${headingId}-answer`} className="font-semibold">
          {t("response", { status: op.response.status })}
        </h4>
        <p lang="en" dir="ltr" className="text-sm">
          {op.response.description}
        </p>
        {op.response.files && (
          <p className="text-sm">
            {t("download")}{" "}
            {op.response.files.map((type, i) => (
              <span key={type}>
                {i > 0 && ", "}
                <code dir="ltr">{type}</code>
              </span>
            ))}
          </p>
        )}
        {op.response.schema && success?.content?.["application/json"]?.schema && (
          <SchemaView schema={success.content["application/json"].schema} components={components} caption={t("answerFields")} />
        )}
      </section>

      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <caption className="text-start font-semibold">{t("errors")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pe-3 text-start">
                {t("status")}
              </th>
              <th scope="col" className="py-1 pe-3 text-start">
                {t("code")}
              </th>
              <th scope="col" className="py-1 text-start">
                {t("message")}
              </th>
            </tr>
          </thead>
          <tbody>
            {errors.flatMap(([status, codes]) =>
              codes.map((code) => (
                <tr key={code} className="border-b border-line align-top">
                  <td className="py-1 pe-3">{status}</td>
                  <td className="py-1 pe-3" dir="ltr">
                    <code>{code}</code>
                  </td>
                  <td className="py-1">{te(code)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </article>
  );
}
