import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/health/service";

// Liveness and readiness for load balancers: 200 when the database answers, 503 otherwise.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
