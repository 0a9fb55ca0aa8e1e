// Inputs of the officer review (one schema per input, imported by forms and routes alike).
import { z } from "zod";
import { plainText } from "../validation/text";

export const COMMENT_MAX = 5000;
export const SUMMARY_MAX = 5000;
export const VALIDATED_REASON_MAX = 2000;

const uuid = z.string().uuid("invalid");

export const ZNewComment = z.object({
  /** Null: a comment on the round as a whole. */
  indicatorId: uuid.nullable(),
  body: z.string().trim().min(1, "commentRequired").max(COMMENT_MAX, "tooLong").check(plainText()),
  visibility: z.enum(["COUNTRY", "INTERNAL"]),
});
export type TNewComment = z.infer<typeof ZNewComment>;

export const ZReply = z.object({
  body: z.string().trim().min(1, "commentRequired").max(COMMENT_MAX, "tooLong").check(plainText()),
});
export type TReply = z.infer<typeof ZReply>;

export const ZIndicatorDecision = z
  .object({
    decision: z.enum(["ACCEPTED", "NEEDS_CHANGE"]).nullable(),
    /** The level the officer validates, when it differs from the self-assessed one; null: none. */
    validatedLevel: z.number().int().min(0, "levelRange").max(4, "levelRange").nullable(),
    validatedReason: z.string().trim().max(VALIDATED_REASON_MAX, "tooLong").check(plainText()).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.validatedLevel !== null && !value.validatedReason) ctx.addIssue({ code: "custom", path: ["validatedReason"], message: "validatedReasonRequired" });
  });
export type TIndicatorDecision = z.infer<typeof ZIndicatorDecision>;

export const ZSendReview = z.object({
  outcome: z.enum(["REQUEST_CHANGES", "VALIDATE", "COMMENT"]),
  summary: z.string().trim().max(SUMMARY_MAX, "tooLong").check(plainText()).nullable(),
});
export type TSendReview = z.infer<typeof ZSendReview>;

export const ZAdminRoundAction = z.object({
  reason: z.string().trim().min(1, "actionReasonRequired").max(2000, "tooLong").check(plainText()),
});
export type TAdminRoundAction = z.infer<typeof ZAdminRoundAction>;

/** Resolving (true) or reopening (false) a comment thread. */
export const ZResolution = z.object({ resolved: z.boolean() });
export type TResolution = z.infer<typeof ZResolution>;
