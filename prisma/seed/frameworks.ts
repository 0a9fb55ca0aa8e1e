// The framework versions every installation starts with: documents under prisma/frameworks/, in
// the format of lib/frameworks/document.ts, validated when the seed loads them (an invalid file
// fails the seed with the list of its problems, before anything is written).
import { loadFrameworkDocument, type TFrameworkDocument } from "../../lib/frameworks/document";
import frameworkV1Json from "../frameworks/framework-v1.json";

/** Framework 1.0, the published version of a new installation. */
export const frameworkV1: TFrameworkDocument = loadFrameworkDocument(frameworkV1Json, "prisma/frameworks/framework-v1.json");
