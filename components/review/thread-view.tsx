import { getFormatter, getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/review/service";
import { ReplyForm, ResolveButton } from "./thread-actions";

function Badges({ comment, t }: { comment: Omit<CommentView, "replies">; t: Awaited<ReturnType<typeof getTranslations<"review.comment">>> }) {
  return (
    <>
      {/* Said in words, not by colour alone: who will read this matters more than anything else here. */}
      {comment.visibility === "INTERNAL" ? (
        <span className="rounded border border-purple-700 bg-purple-50 px-1 text-xs font-semibold text-purple-900" data-testid="internal-badge">
          {t("internalBadge")}
        </span>
      ) : (
        <span className="rounded border border-line px-1 text-xs text-muted">{t("countryBadge")}</span>
      )}
      {comment.draft && (
        <span className="rounded border border-amber-700 bg-amber-50 px-1 text-xs font-semibold text-amber-900" data-testid="draft-badge">
          {t("draftBadge")}
        </span>
      )}
    </>
  );
}

/** One comment thread: the comment, its replies, a reply box and (for reviewers) resolve / reopen. */
export async function ThreadView({ thread, canReply, canResolve }: { thread: CommentView; canReply: boolean; canResolve: boolean }) {
  const [t, format] = await Promise.all([getTranslations("review.comment"), getFormatter()]);
  const byline = (c: Omit<CommentView, "replies">) => t("by", { name: c.authorName ?? t("unknownAuthor"), date: format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" }) });
  const resolved = thread.status === "RESOLVED";
  return (
    <li className={`space-y-2 rounded border p-3 ${thread.visibility === "INTERNAL" ? "border-s-4 border-purple-700 bg-purple-50/40" : "border-line bg-white"}`} data-testid="thread" data-thread-id={thread.id}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{byline(thread)}</span>
        <Badges comment={thread} t={t} />
        {resolved && <span className="rounded border border-ok px-1 text-xs font-semibold text-green-900">{t("resolvedBadge")}</span>}
      </div>
      <p className="whitespace-pre-wrap">{thread.body}</p>
      {thread.replies.length > 0 && (
        <ul aria-label={t("replies")} className="space-y-2 border-s-2 border-line ps-3">
          {thread.replies.map((r) => (
            <li key={r.id} className="space-y-1" data-testid="reply">
              <p className="text-sm font-medium">{byline(r)}</p>
              <p className="whitespace-pre-wrap">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      {!thread.draft && (canReply || canResolve) && (
        <div className="space-y-2">
          {canReply && !resolved && <ReplyForm commentId={thread.id} />}
          {canResolve && <ResolveButton commentId={thread.id} resolved={resolved} />}
        </div>
      )}
    </li>
  );
}

export async function ThreadList({ threads, canReply, canResolve, label }: { threads: CommentView[]; canReply: boolean; canResolve: boolean; label: string }) {
  if (threads.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-2">
      {threads.map((thread) => (
        <ThreadView key={thread.id} thread={thread} canReply={canReply} canResolve={canResolve} />
      ))}
    </ul>
  );
}
