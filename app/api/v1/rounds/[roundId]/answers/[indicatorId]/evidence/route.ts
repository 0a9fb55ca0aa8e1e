import { withActor } from "@/lib/api/handler";
import { addFileEvidence, addLinkEvidence } from "@/lib/evidence/service";
import { readEvidenceUpload } from "@/lib/evidence/upload-request";

// POST: add evidence to the answer of one indicator. JSON {url, title} adds a link; multipart/form-data
// with a `file` field (and an optional `title`) uploads a file. Bodies over the limit are refused
// (413) before they are read in full. The body is read here (`raw`), not by the wrapper, which
// still refuses cross-origin requests.
export const POST = withActor<{ roundId: string; indicatorId: string }>(
  async ({ actor, request, params }) => {
    const upload = await readEvidenceUpload(request);
    return upload.kind === "link"
      ? addLinkEvidence(actor, params.roundId, params.indicatorId, upload.input)
      : addFileEvidence(actor, params.roundId, params.indicatorId, upload);
  },
  { body: "raw" },
);
