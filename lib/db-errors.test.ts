import { describe, expect, it } from "vitest";
import { databaseFault } from "./db-errors";

const withCode = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

// Shapes as Prisma 6.19 with @prisma/adapter-pg and pg 8 actually produce them (seen against a stopped server, a
// terminated backend and a saturated pool).
const prismaUnreachable = withCode("Can't reach database server at 127.0.0.1:54398", {
  name: "PrismaClientKnownRequestError",
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", port: 54398 } } },
});
const prismaRawTerminated = withCode("Raw query failed. Code: `57P01`.", {
  code: "P2010",
  meta: {
    driverAdapterError: {
      cause: { kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" },
    },
  },
});

describe("databaseFault", () => {
  it("reads a stopped or unreachable server as unavailable, however Prisma or pg wraps it", () => {
    expect(databaseFault(prismaUnreachable)).toBe("unavailable");
    expect(databaseFault(prismaRawTerminated)).toBe("unavailable");
    expect(databaseFault(withCode("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED" }))).toBe("unavailable");
    expect(databaseFault(withCode("Server has closed the connection.", { code: "P1017" }))).toBe("unavailable");
    expect(databaseFault(withCode("the database system is shutting down", { code: "57P03" }))).toBe("unavailable");
    expect(databaseFault(withCode("connection failure", { code: "08006" }))).toBe("unavailable");
    expect(databaseFault(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
    expect(databaseFault(new Error("Client has encountered a connection error and is not queryable"))).toBe("unavailable");
    expect(databaseFault(new Error("wrapped", { cause: new AggregateError([withCode("x", { code: "ECONNRESET" })]) }))).toBe(
      "unavailable",
    );
  });

  it("reads a saturated pool or server as busy", () => {
    expect(databaseFault(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(databaseFault(withCode("sorry, too many clients already", { code: "53300" }))).toBe("busy");
    expect(databaseFault({ meta: { driverAdapterError: { cause: { kind: "TooManyConnections" } } } })).toBe("busy");
  });

  it("leaves every other error alone", () => {
    expect(databaseFault(withCode("Unique constraint failed", { code: "P2002" }))).toBeNull();
    expect(databaseFault(withCode("duplicate key", { code: "23505" }))).toBeNull();
    expect(databaseFault(withCode("could not serialize access", { code: "40001" }))).toBeNull();
    expect(databaseFault(new Error("NEXT_REDIRECT"))).toBeNull();
    expect(databaseFault("ECONNREFUSED")).toBeNull();
    expect(databaseFault(null)).toBeNull();
    const loop: Record<string, unknown> = { message: "loop" };
    loop.cause = loop;
    expect(databaseFault(loop)).toBeNull();
  });
});
