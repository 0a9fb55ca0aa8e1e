// What a gap report holds: the round's dashboard (every figure from lib/scoring through
// lib/dashboard/service.ts) and, once the round is validated, the reviewers' published comments.
import type { DashboardData } from "../dashboard/types";

export interface ReportComment {
  /** The indicator the comment is on; null for a comment on the whole round. */
  indicatorCode: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
  replies: { authorName: string | null; body: string; createdAt: string }[];
}

export interface ReportReview {
  /** The summaries of the sent reviews, oldest first. */
  summaries: { outcome: string; summary: string; sentAt: string; officerName: string | null }[];
  /** Comments visible to the country and published (never internal ones, never drafts). */
  comments: ReportComment[];
}

export interface ReportData {
  dashboard: DashboardData;
  /** Null while the round is not validated: the report then shows no review. */
  review: ReportReview | null;
  /** When the document was made (ISO 8601). */
  generatedAt: string;
}

export type ReportFormat = "pdf" | "docx";

export interface RenderedReport {
  body: Uint8Array;
  filename: string;
  contentType: string;
}
