// SQL fragments of round rules that several aggregations share (the dashboard's benchmark and
// progress, the portfolio's progress between cycles), so each rule is written once.
import { Prisma } from "../generated/prisma/client";

/**
 * A round that counts as validated for progress and benchmarks: validated (or archived after being
 * validated), never a cancelled one. `r` is the alias of assessment_rounds in the query.
 */
export const VALIDATED_ROUND = Prisma.sql`r.validated_at IS NOT NULL AND r.cancelled_at IS NULL AND r.status IN ('VALIDATED', 'ARCHIVED')`;

/**
 * An answer that counts as answered for a round's progress: a level or "not applicable" (a
 * justification or evidence alone does not). `a` is the alias of answers in the query.
 */
export const ANSWERED = Prisma.sql`a.kind IN ('LEVEL', 'NOT_APPLICABLE')`;

/**
 * A round's completeness as two columns, `indicators` (of its framework version) and `answered`
 * (ANSWERED), for the lists of rounds. `r` is the alias of assessment_rounds in the query.
 */
export const ROUND_COUNTS = Prisma.sql`(SELECT COUNT(*) FROM indicators i WHERE i.framework_version_id = r.framework_version_id)::int AS indicators,
       (SELECT COUNT(*) FROM answers a WHERE a.round_id = r.id AND ${ANSWERED})::int AS answered`;
