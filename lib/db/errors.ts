import { Prisma } from "../generated/prisma/client";

/** A unique constraint refused the write (Prisma's P2002): someone made the same row a moment ago. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
