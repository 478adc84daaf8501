// Where the database is: DATABASE_URL when set (any PostgreSQL >= 14), otherwise the embedded server that
// scripts/embedded-postgres.ts runs on a fixed port. Shared by the app, the CLI config and the scripts.

/** Port of the embedded PostgreSQL for the dashboard (`npm start`); tests use EMBEDDED_TEST_PORT. */
export const EMBEDDED_PORT = 54329;
export const EMBEDDED_TEST_PORT = 54339;

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || embeddedUrl(EMBEDDED_PORT, "riskops");
}

/** Every connection works in UTC, so text timestamps and date arithmetic in SQL never depend on the server's zone. */
export const UTC_SESSION = "-c TimeZone=UTC";
