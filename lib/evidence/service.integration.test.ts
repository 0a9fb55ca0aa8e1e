// Evidence against a real PostgreSQL: who may add, list, download and remove it, that nothing is
// saved in part, both file stores, and that evidence never disturbs the answer's version.
// Countries used only here for open rounds: FJ, WS, TO, VU, MV (PG for an outsider's own team).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../authz";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { resetEnvForTests } from "../env";
import { createFolderFileStore } from "../storage/folder-store";
import { getFileStore, newStorageKey, storeFileWithRecords } from "../storage/service";
import { startS3TestServer, type S3TestServer } from "../testing/s3-test-server";
import { archiveRound, indicatorOf, makeOpenRound, makeUser } from "../testing/fixtures";
import { EVIDENCE_MAX_BYTES } from "./file-check";
import { addFileEvidence, addLinkEvidence, getEvidenceFile, listEvidence, removeEvidence } from "./service";
import { getPillarQuestionnaire } from "../rounds/service";
import { concat, exeBytes, pdfBytes, pngBytes, text } from "./test-files";

const rounds: string[] = [];
async function openRound(iso2: string, status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  const round = await makeOpenRound(iso2, status);
  rounds.push(round.id);
  return round;
}
afterAll(async () => {
  for (const id of rounds) await archiveRound(id);
});

async function counts() {
  const db = getDb();
  const [evidence, files, answers, audits] = await Promise.all([db.evidenceItem.count(), db.storedFile.count(), db.answer.count(), db.auditEvent.count()]);
  return { evidence, files, answers, audits };
}

const EMPTY = { kind: null, level: null, notApplicableReason: null, justification: null, targetOverride: null };

describe("evidence in a draft round", () => {
  let roundId: string;
  let focal: Actor;
  let pre: { id: string; code: string };
  let inv: { id: string; code: string };

  beforeAll(async () => {
    roundId = (await openRound("FJ")).id;
    focal = await makeUser({ memberOf: { iso2: "FJ", role: "FOCAL_POINT" } });
    pre = await indicatorOf("PRE", 0);
    inv = await indicatorOf("INV", 0);
  });

  it("adds a link and a file, lists them, and serves the file's bytes back unchanged", async () => {
    const link = await addLinkEvidence(focal, roundId, pre.id, { url: "https://www.unodc.org/cld/en/", title: " Cybercrime law " });
    expect(link).toMatchObject({ kind: "LINK", url: "https://www.unodc.org/cld/en/", title: "Cybercrime law", fileName: null, indicatorId: pre.id });

    const bytes = pdfBytes();
    const file = await addFileEvidence(focal, roundId, pre.id, { fileName: "../Decree 12.pdf", bytes, title: "Decree" });
    expect(file).toMatchObject({ kind: "FILE", title: "Decree", fileName: "Decree 12.pdf", mimeType: "application/pdf", sizeBytes: bytes.length, url: null });
    expect(Object.keys(file).sort()).toEqual(["createdAt", "fileName", "id", "indicatorId", "kind", "mimeType", "sizeBytes", "title", "url"]);

    const listed = await listEvidence(focal, roundId);
    expect(listed.map((e) => e.id)).toEqual(expect.arrayContaining([link.id, file.id]));

    // Reading needs only the right to view the country: an officer assigned to it may download.
    const officer = await makeUser({ officerOfCountry: "FJ" });
    const download = await getEvidenceFile(officer, file.id);
    expect(download).toMatchObject({ fileName: "Decree 12.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(download.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect((await listEvidence(officer, roundId)).map((e) => e.id)).toContain(file.id);

    const stored = await getDb().storedFile.findFirstOrThrow({ where: { evidence: { id: file.id } }, select: { sha256: true, countryId: true, content: true } });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.content?.length).toBe(bytes.length);

    const audits = await getDb().auditEvent.findMany({ where: { entityId: { in: [link.id, file.id] } }, select: { action: true, countryId: true, actorId: true } });
    expect(audits).toHaveLength(2);
    for (const a of audits) expect(a).toEqual({ action: "evidence.add", countryId: stored.countryId, actorId: focal.userId });
  });

  it("shows in the questionnaire's read as it was added: oldest first, with the file's metadata and real dates", async () => {
    const first = await addLinkEvidence(focal, roundId, pre.id, { url: "https://example.org/first", title: "First" });
    const second = await addFileEvidence(focal, roundId, pre.id, { fileName: "second.pdf", bytes: pdfBytes() });
    const { pillar } = await getPillarQuestionnaire(focal, roundId, "pre");
    const answer = pillar.indicators.find((i) => i.id === pre.id)!.answers[0];
    expect(answer.updatedAt).toBeInstanceOf(Date);
    expect(answer.carriedFrom).toBeNull();
    const shown = answer.evidence.filter((e) => [first.id, second.id].includes(e.id));
    expect(shown).toEqual([
      { id: first.id, kind: "LINK", title: "First", url: "https://example.org/first", createdAt: new Date(first.createdAt), file: null },
      { id: second.id, kind: "FILE", title: null, url: null, createdAt: new Date(second.createdAt), file: { fileName: "second.pdf", sizeBytes: pdfBytes().length, mimeType: "application/pdf" } },
    ]);
    // Every item of the answer, in the order they were added.
    const times = answer.evidence.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Another country's focal point reads nothing of it.
    const outsider = await makeUser({ memberOf: { iso2: "WS", role: "FOCAL_POINT" } });
    await expect(getPillarQuestionnaire(outsider, roundId, "PRE")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("removes evidence with its file, audits it, and then answers NOT_FOUND", async () => {
    const file = await addFileEvidence(focal, roundId, pre.id, { fileName: "chart.png", bytes: pngBytes() });
    const fileId = (await getDb().evidenceItem.findUniqueOrThrow({ where: { id: file.id }, select: { fileId: true } })).fileId;
    await removeEvidence(focal, file.id);
    expect(await getDb().storedFile.findUnique({ where: { id: fileId ?? "" } })).toBeNull();
    await expect(getEvidenceFile(focal, file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeEvidence(focal, file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().auditEvent.count({ where: { entityId: file.id, action: "evidence.remove" } })).toBe(1);
  });

  it("lets a respondent add evidence on an assigned pillar only", async () => {
    const respondent = await makeUser({ memberOf: { iso2: "FJ", role: "RESPONDENT", pillars: ["PRE"] } });
    await expect(addLinkEvidence(respondent, roundId, pre.id, { url: "https://example.org/a" })).resolves.toMatchObject({ kind: "LINK" });
    const before = await counts();
    await expect(addLinkEvidence(respondent, roundId, inv.id, { url: "https://example.org/b" })).rejects.toMatchObject({ code: "PILLAR_NOT_ASSIGNED" });
    await expect(addFileEvidence(respondent, roundId, inv.id, { fileName: "a.pdf", bytes: pdfBytes() })).rejects.toMatchObject({ code: "PILLAR_NOT_ASSIGNED" });
    expect(await counts()).toEqual(before);
    // Nor remove evidence of a pillar they are not assigned.
    const focalOnInv = await addLinkEvidence(focal, roundId, inv.id, { url: "https://example.org/c" });
    await expect(removeEvidence(respondent, focalOnInv.id)).rejects.toMatchObject({ code: "PILLAR_NOT_ASSIGNED" });
  });

  it("refuses another country's team and people with no role: add, list, download and remove", async () => {
    const file = await addFileEvidence(focal, roundId, pre.id, { fileName: "a.pdf", bytes: pdfBytes() });
    for (const outsider of [await makeUser({ memberOf: { iso2: "PG", role: "FOCAL_POINT" } }), await makeUser()]) {
      await expect(addLinkEvidence(outsider, roundId, pre.id, { url: "https://example.org" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addFileEvidence(outsider, roundId, pre.id, { fileName: "a.pdf", bytes: pdfBytes() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listEvidence(outsider, roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getEvidenceFile(outsider, file.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeEvidence(outsider, file.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // An officer may read but not write.
    const officer = await makeUser({ officerOfCountry: "FJ" });
    await expect(addLinkEvidence(officer, roundId, pre.id, { url: "https://example.org" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeEvidence(officer, file.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a malformed URL, a forbidden type and an oversized file, saving nothing", async () => {
    const before = await counts();
    for (const url of ["javascript:alert(1)", "not a url", `https://example.org/${"a".repeat(2000)}`]) {
      await expect(addLinkEvidence(focal, roundId, pre.id, { url })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(addLinkEvidence(focal, roundId, pre.id, { url: "ftp://x.org" })).rejects.toMatchObject({ fields: { url: "url" } });
    await expect(addFileEvidence(focal, roundId, pre.id, { fileName: "setup.pdf", bytes: exeBytes() })).rejects.toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    await expect(addFileEvidence(focal, roundId, pre.id, { fileName: "page.html", bytes: text("<html><script>alert(1)</script></html>") })).rejects.toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
    });
    await expect(addFileEvidence(focal, roundId, pre.id, { fileName: "a.pdf", bytes: pdfBytes(), title: "t".repeat(201) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { title: "tooLong" },
    });
    const oversized = concat([pdfBytes(), new Uint8Array(EVIDENCE_MAX_BYTES)]);
    await expect(addFileEvidence(focal, roundId, pre.id, { fileName: "big.pdf", bytes: oversized })).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    expect(await counts()).toEqual(before);
  });

  it("answers NOT_FOUND for ids that name nothing, including ones that are not UUIDs", async () => {
    await expect(addLinkEvidence(focal, "not-a-uuid", pre.id, { url: "https://example.org" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidenceFile(focal, "01900000-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeEvidence(focal, "../../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listEvidence(focal, "01900000-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const link = await addLinkEvidence(focal, roundId, pre.id, { url: "https://example.org" });
    await expect(getEvidenceFile(focal, link.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("evidence in a submitted round", () => {
  it("is refused with ROUND_NOT_EDITABLE and nothing is saved, but can still be read", async () => {
    const round = await openRound("WS", "SUBMITTED");
    const focal = await makeUser({ memberOf: { iso2: "WS", role: "FOCAL_POINT" } });
    const pre = await indicatorOf("PRE", 0);
    const before = await counts();
    await expect(addLinkEvidence(focal, round.id, pre.id, { url: "https://example.org" })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    await expect(addFileEvidence(focal, round.id, pre.id, { fileName: "a.pdf", bytes: pdfBytes() })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    expect(await counts()).toEqual(before);
    expect(await listEvidence(focal, round.id)).toEqual([]);
  });
});

describe("evidence and the answer's version", () => {
  it("creates a missing answer with version 0 and kind null; a save based on version 0 then succeeds; later evidence keeps the version", async () => {
    const round = await openRound("VU");
    const focal = await makeUser({ memberOf: { iso2: "VU", role: "FOCAL_POINT" } });
    const ind = await indicatorOf("EVI", 0);
    await addLinkEvidence(focal, round.id, ind.id, { url: "https://example.org/first" });
    const where = { roundId_indicatorId: { roundId: round.id, indicatorId: ind.id } };
    expect(await getDb().answer.findUniqueOrThrow({ where, select: { version: true, kind: true } })).toEqual({ version: 0, kind: null });

    const saved = await saveAnswer(focal, round.id, ind.id, { version: 0, answer: { ...EMPTY, kind: "LEVEL", level: 2 } });
    expect(saved.version).toBe(1);

    await addFileEvidence(focal, round.id, ind.id, { fileName: "b.pdf", bytes: pdfBytes() });
    const evidence = await addLinkEvidence(focal, round.id, ind.id, { url: "https://example.org/second" });
    await removeEvidence(focal, evidence.id);
    expect(await getDb().answer.findUniqueOrThrow({ where, select: { version: true, kind: true, level: true } })).toEqual({ version: 1, kind: "LEVEL", level: 2 });
    expect((await listEvidence(focal, round.id)).filter((e) => e.indicatorId === ind.id)).toHaveLength(2);
  });
});

describe("the folder file store", () => {
  let dir: string;
  const saved = { FILE_STORE: process.env.FILE_STORE, FILE_STORE_DIR: process.env.FILE_STORE_DIR };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cybercap-evidence-"));
    process.env.FILE_STORE = "folder";
    process.env.FILE_STORE_DIR = dir;
    resetEnvForTests();
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvForTests();
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    // Never a temporary file left behind.
    expect(await readdir(path.join(dir, ".tmp")).catch(() => [])).toEqual([]);
  });

  it("keeps the bytes in the folder, not in the database, and round-trips them", async () => {
    const round = await openRound("TO");
    const focal = await makeUser({ memberOf: { iso2: "TO", role: "FOCAL_POINT" } });
    const ind = await indicatorOf("LEG", 0);
    const bytes = pngBytes();
    const file = await addFileEvidence(focal, round.id, ind.id, { fileName: "scan.png", bytes });
    const row = await getDb().storedFile.findFirstOrThrow({ where: { evidence: { id: file.id } }, select: { storageKey: true, content: true } });
    expect(row.content).toBeNull();
    const onDisk = path.join(dir, ...row.storageKey.split("/"));
    expect((await stat(onDisk)).size).toBe(bytes.length);
    expect(Buffer.from((await getEvidenceFile(focal, file.id)).bytes).equals(Buffer.from(bytes))).toBe(true);

    await removeEvidence(focal, file.id);
    await expect(stat(onDisk)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("deletes the bytes again when the transaction that records them fails", async () => {
    const store = getFileStore();
    const key = newStorageKey("evidence", "00000000-0000-0000-0000-000000000000");
    const meta = { mimeType: "application/pdf", sizeBytes: 3, sha256: "0".repeat(64) };
    await expect(
      storeFileWithRecords(store, { key, bytes: new Uint8Array([1, 2, 3]), meta }, async () => {
        throw new Error("records refused");
      }),
    ).rejects.toThrow("records refused");
    expect(await store.get(key)).toBeNull();
  });

  it("refuses a traversal key", async () => {
    const store = createFolderFileStore(dir);
    const meta = { mimeType: "text/plain", sizeBytes: 1, sha256: "0".repeat(64) };
    await expect(store.put("../escaped", new Uint8Array([1]), meta)).rejects.toThrow(/storage key/);
    await expect(store.get("evidence/../../escaped")).rejects.toThrow(/storage key/);
    expect(await readdir(path.dirname(dir))).not.toContain("escaped");
  });
});

describe("the S3 file store, against the S3 test server", () => {
  let server: S3TestServer;
  const saved = { ...process.env };
  const bucket = () => server.buckets.get("evidence-it") ?? new Map();

  beforeAll(async () => {
    server = await startS3TestServer({ buckets: ["evidence-it"] });
    Object.assign(process.env, {
      FILE_STORE: "s3",
      S3_BUCKET: "evidence-it",
      S3_ENDPOINT: server.endpoint,
      S3_REGION: server.region,
      S3_ACCESS_KEY_ID: server.accessKeyId,
      S3_SECRET_ACCESS_KEY: server.secretAccessKey,
      S3_FORCE_PATH_STYLE: "true",
      S3_PREFIX: "cybercap",
    });
    resetEnvForTests();
  });
  afterAll(async () => {
    process.env = saved;
    resetEnvForTests();
    await server?.stop();
  });

  it("keeps the bytes in the bucket, checked against their SHA-256, not in the database, and round-trips them", async () => {
    const round = await openRound("MV");
    const focal = await makeUser({ memberOf: { iso2: "MV", role: "FOCAL_POINT" } });
    const ind = await indicatorOf("LEG", 0);
    const bytes = pdfBytes();
    const file = await addFileEvidence(focal, round.id, ind.id, { fileName: "law.pdf", bytes });
    const row = await getDb().storedFile.findFirstOrThrow({ where: { evidence: { id: file.id } }, select: { storageKey: true, content: true, sha256: true } });
    expect(row.content).toBeNull();
    const object = bucket().get(`cybercap/${row.storageKey}`);
    expect(object?.contentType).toBe("application/pdf");
    expect(object?.checksumSha256).toBe(Buffer.from(row.sha256, "hex").toString("base64"));
    expect(Buffer.from(object?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);

    const officer = await makeUser({ officerOfCountry: "MV" });
    expect(Buffer.from((await getEvidenceFile(officer, file.id)).bytes).equals(Buffer.from(bytes))).toBe(true);

    await removeEvidence(focal, file.id);
    expect(bucket().has(`cybercap/${row.storageKey}`)).toBe(false);
    await expect(getEvidenceFile(focal, file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes the object again when the transaction that records it fails", async () => {
    const key = newStorageKey("evidence", "00000000-0000-0000-0000-000000000000");
    const bytes = new Uint8Array([1, 2, 3]);
    const meta = { mimeType: "application/pdf", sizeBytes: 3, sha256: createHash("sha256").update(bytes).digest("hex") };
    await expect(
      storeFileWithRecords(getFileStore(), { key, bytes, meta }, async () => {
        throw new Error("records refused");
      }),
    ).rejects.toThrow("records refused");
    expect(bucket().has(`cybercap/${key}`)).toBe(false);
    // Written first, then removed again.
    const calls = server.requests.filter((r) => r.url.includes(key)).map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(["PUT 200", "DELETE 204"]);
  });

  it("saves nothing when the bucket refuses the upload, and fails the download as an internal error, not as 'not found'", async () => {
    const round = await openRound("MV");
    const focal = await makeUser({ memberOf: { iso2: "MV", role: "FOCAL_POINT" } });
    const ind = await indicatorOf("LEG", 1);
    const kept = await addFileEvidence(focal, round.id, ind.id, { fileName: "kept.png", bytes: pngBytes() });
    const before = await counts();
    const objectsBefore = bucket().size;
    process.env.S3_SECRET_ACCESS_KEY = "a-secret-the-bucket-does-not-know";
    resetEnvForTests();
    try {
      const upload = addFileEvidence(focal, round.id, ind.id, { fileName: "a.pdf", bytes: pdfBytes() });
      await expect(upload).rejects.toThrow(/S3 file store: put .* SignatureDoesNotMatch/);
      await expect(upload).rejects.not.toHaveProperty("code");
      expect(await counts()).toEqual(before);
      expect(bucket().size).toBe(objectsBefore);
      await expect(getEvidenceFile(focal, kept.id)).rejects.toThrow(/S3 file store: get .* SignatureDoesNotMatch/);
    } finally {
      process.env.S3_SECRET_ACCESS_KEY = server.secretAccessKey;
      resetEnvForTests();
    }
    expect((await getEvidenceFile(focal, kept.id)).mimeType).toBe("image/png");
  });
});

describe("the PostgreSQL file store", () => {
  it("rolls the bytes back with the records", async () => {
    const db = getDb();
    const country = await db.country.findUniqueOrThrow({ where: { iso2: "FJ" }, select: { id: true } });
    const key = newStorageKey("evidence", country.id);
    const meta = { mimeType: "application/pdf", sizeBytes: 3, sha256: "0".repeat(64) };
    await expect(
      storeFileWithRecords(getFileStore(), { key, bytes: new Uint8Array([1, 2, 3]), meta }, async (tx) => {
        await tx.storedFile.create({ data: { countryId: country.id, storageKey: key, fileName: "x.pdf", ...meta } });
        throw new Error("records refused");
      }),
    ).rejects.toThrow("records refused");
    expect(await db.storedFile.findUnique({ where: { storageKey: key } })).toBeNull();
  });
});
