// The server's structured log: one JSON line per event on stdout (pino), for the log shipper to collect. Events
// are named ("action.failed") and carry their details as fields, including the request id where there is one,
// so a line can be joined with the proxy's x-request-id, Next's error digest and the audit trail. Secrets
// (authorization headers, cookies, passwords) are redacted wherever they appear in the details, and JSON
// encoding escapes newlines, so user text in a field can never forge a line of its own.
import pino, { type DestinationStream, type Logger } from "pino";

const SECRET_FIELDS = ["authorization", "cookie", "set-cookie", "password", "passwordHash", "secret", "token"];

const redactPaths = SECRET_FIELDS.flatMap((field) => {
  const key = field.includes("-") ? `["${field}"]` : `.${field}`;
  return [key.startsWith(".") ? field : key, `*${key}`, `*.*${key}`, `*.headers${key}`];
});

export function createLogger(destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? "info",
    messageKey: "event",
    base: { service: "risk-ops" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
    redact: { paths: redactPaths, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger: `log.error({ requestId, error }, "action.failed")`. */
export const log: Logger = createLogger();
