// Direct database access for specs that need their own data (and to check what a refused request left
// unchanged). Only ever against a local database: these helpers create and delete rows.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL (or DATABASE_URL) must point at the database the app under test uses");
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`refusing to write test data to a non-local database (${host})`);
  }
  return url;
}

export async function query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `work` in one transaction on one connection: a fixture is written whole or not at all. */
export async function transaction<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

export interface TestUser {
  id: number;
  email: string;
  name: string;
  password: string;
}

export async function createTestUser(role: Role): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const password = `e2e-${randomUUID()}`;
  const [row] = await query<{ id: number; email: string; name: string }>(
    `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3::"Role", $4) RETURNING id, email, name`,
    [`e2e-${tag}@riskops.test`, `E2E ${tag}`, role, await hashPassword(password)],
  );
  return { ...row, password };
}

export async function deleteTestUser(user: TestUser) {
  await query(`DELETE FROM app_user WHERE id = $1`, [user.id]);
}

export async function isDisabled(user: TestUser): Promise<boolean> {
  const [row] = await query<{ disabled: boolean }>(`SELECT disabled FROM app_user WHERE id = $1`, [user.id]);
  return row.disabled;
}

/** The audit actions recorded about or by a user, oldest first. */
export async function auditActions(user: TestUser): Promise<string[]> {
  const rows = await query<{ action: string }>(
    `SELECT action FROM audit_event WHERE actor_id = $1 OR actor_label = $2 ORDER BY seq`,
    [user.id, user.email],
  );
  return rows.map((row) => row.action);
}

/** A client address of its own (RFC 5737 test range) for specs that fail sign-ins on purpose, so the per-IP
 *  limit they build up never touches the address every other spec signs in from. */
export function uniqueClientIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `203.0.${octet()}.${octet()}`;
}
