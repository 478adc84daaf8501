// SQL fragments shared by the rules' set queries (server-only).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** UTC ISO text of a timestamp column (stored as UTC, without zone): the instant format of ./account-data.ts. */
export const isoInstant = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
