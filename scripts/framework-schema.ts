// npm run framework:schema: writes prisma/frameworks/framework.schema.json, the published JSON Schema
// of the framework document, from the zod schema in lib/frameworks/document.ts (the one source).
// A unit test (lib/frameworks/document.test.ts) fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import { FRAMEWORK_SCHEMA_PATH, frameworkJsonSchemaText } from "../lib/frameworks/document";

writeFileSync(FRAMEWORK_SCHEMA_PATH, frameworkJsonSchemaText());
console.log(`wrote ${FRAMEWORK_SCHEMA_PATH}`);
