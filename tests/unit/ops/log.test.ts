import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { createLogger } from "@/lib/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe("[ops] structured logs", () => {
  test("one JSON line per entry with level name, ISO time, message and fields", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", destination });
    logger.info({ requestId: "req-12345678", job: "timeout-sweep" }, "scheduler run");
    logger.debug({}, "hidden at info");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "scheduler run", requestId: "req-12345678", job: "timeout-sweep" });
    expect(new Date(String(lines[0]!.time)).toISOString()).toBe(lines[0]!.time);
  });

  test("errors keep type, message, stack, code and cause", () => {
    const { lines, destination } = capture();
    const error = Object.assign(new Error("connect failed", { cause: new Error("socket closed") }), { code: "ECONNREFUSED" });
    createLogger({ level: "info", destination }).error({ err: error, requestId: "req-12345678" }, "request failed");
    const err = lines[0]!.err as Record<string, unknown>;
    expect(err).toMatchObject({ type: "Error", code: "ECONNREFUSED" });
    expect(String(err.message)).toContain("connect failed");
    expect(String(err.stack)).toContain("socket closed");
  });

  test("cookies, tokens and passwords never reach the log", () => {
    const { lines, destination } = capture();
    createLogger({ level: "info", destination }).error(
      { headers: { cookie: "next-auth.session-token=secret", authorization: "Bearer ll_secret", accept: "text/html" }, body: { password: "hunter2hunter2" } },
      "request failed",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["secret", "ll_secret", "hunter2hunter2"]) expect(text).not.toContain(secret);
    expect(text).toContain("text/html");
  });
});
