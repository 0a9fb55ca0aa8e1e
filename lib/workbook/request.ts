import "server-only";
// Reading an uploaded workbook from a request: the raw body (the file's bytes, whatever its declared
// type: the content is checked), at most WORKBOOK_MAX_BYTES, counted as it arrives.
import { readBodyWithLimit } from "../api/body";
import { workbookInvalid } from "./read";
import { WORKBOOK_MAX_BYTES } from "./template";

export function readWorkbookUpload(request: Request): Promise<Uint8Array> {
  return readBodyWithLimit(request, WORKBOOK_MAX_BYTES, () => workbookInvalid("tooLarge"));
}
