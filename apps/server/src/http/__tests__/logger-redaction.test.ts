import { describe, expect, it } from "vitest";
import { QueryFailedError } from "typeorm";
import { CENSOR, createLogger, maskText } from "../../logger.js";
import { scanLine } from "../../test/log-scan.js";

const PHONE = "13800000000";
const ID = "410105199001011234";
const HASH = "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJhYmMifQ.c2lnbmF0dXJl";
const SEALED = "v1.AAAAAAAAAAAAAAAA.Y2lwaGVydGV4dA.BBBBBBBBBBBBBBBBBBBBBB";
const BLIND = "ab".repeat(32);

function capture(level = "debug") {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (s: string) => void lines.push(s) });
  const all = () => lines.join("");
  return { logger, lines, all };
}

/** What a failing unique insert of a volunteer looks like from mysql2 through TypeORM. */
function duplicatePhoneError(): QueryFailedError {
  const driverError = Object.assign(new Error(`Duplicate entry '${PHONE}' for key 'uq_volunteer_phone'`), {
    code: "ER_DUP_ENTRY",
    errno: 1062,
    sqlState: "23000",
    sqlMessage: `Duplicate entry '${PHONE}' for key 'uq_volunteer_phone'`,
    sql: `INSERT INTO \`volunteer\` (\`phone\`, \`password_hash\`, \`real_name\`, \`id_number_sealed\`) VALUES ('${PHONE}', '${HASH}', '张三', '${SEALED}')`,
  });
  return new QueryFailedError(
    "INSERT INTO `volunteer` (`phone`, `password_hash`, `real_name`, `id_number_sealed`) VALUES (?, ?, ?, ?)",
    [PHONE, HASH, "张三", SEALED],
    driverError,
  );
}

function expectClean(text: string) {
  for (const secret of [PHONE, ID, HASH, JWT, SEALED, BLIND, "张三"]) expect(text).not.toContain(secret);
  for (const line of text.split("\n").filter(Boolean)) expect(scanLine(line)).toEqual([]);
}

describe("log redaction", () => {
  it("logs a failing query's error without its SQL, parameters or the duplicate value", () => {
    const { logger, all, lines } = capture();
    const err = duplicatePhoneError();
    logger.error({ err, path: ["register"] }, "unhandled error in GraphQL operation");
    logger.error(err);
    logger.warn({ err: err.driverError }, "driver error");
    expectClean(all());
    const first = JSON.parse(lines[0]) as { err: Record<string, unknown> };
    expect(first.err).toMatchObject({ type: "QueryFailedError", code: "ER_DUP_ENTRY" });
    expect(first.err.message).toBe("Duplicate entry '[redacted]' for key 'uq_volunteer_phone'");
    expect(first.err).not.toHaveProperty("parameters");
    expect(first.err).not.toHaveProperty("sql");
    expect(first.err).not.toHaveProperty("query");
    expect(JSON.parse(lines[1]).msg).toBe("Duplicate entry '[redacted]' for key 'uq_volunteer_phone'");
  });

  it("censors sensitive keys at any depth, in bindings and in arrays", () => {
    const { logger, all, lines } = capture();
    const person = { phone: PHONE, realName: "张三", idNumber: ID, idNumberSealed: SEALED, idNumberHash: BLIND, passwordHash: HASH };
    logger.info(
      { a: { b: { c: { d: { person } } } }, list: [person], headers: { authorization: `Bearer ${JWT}`, cookie: "sid=1" } },
      "deep",
    );
    logger.child({ phone: PHONE, newPassword: "Kepu@2026" }).info({ session_token: JWT, id_number: ID }, "child");
    logger.info({ variables: { phone: PHONE }, parameters: [PHONE] }, "request");
    expectClean(all());
    const deep = JSON.parse(lines[0]) as { a: { b: { c: { d: { person: Record<string, unknown> } } } } };
    expect(Object.values(deep.a.b.c.d.person)).toEqual(Array(6).fill(CENSOR));
  });

  it("masks phones, ID numbers, tokens and hashes inside free text and messages", () => {
    const { logger, all } = capture();
    logger.info(
      {
        note: `call ${PHONE} or +86${PHONE}; id ${ID}; ${HASH}; $argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA; ${SEALED}; ${BLIND}; Bearer ${JWT}`,
      },
      `login for ${PHONE} failed`,
    );
    logger.warn("throttle key %s", `phone:${PHONE}`);
    logger.info({ n: Number(PHONE) }, "numeric phone");
    expectClean(all());
    expect(all()).toContain("138****0000");
    expect(all()).toContain("4101**********1234");
  });

  it("keeps what is not personal: request ids, SQL text with placeholders, region codes, counts", () => {
    const { logger, lines } = capture();
    const requestId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    logger.info({ requestId, sql: "SELECT * FROM volunteer WHERE phone = ?", region: "410105001", ms: 12.5, count: 320 }, "kept");
    expect(JSON.parse(lines[0])).toMatchObject({
      requestId,
      sql: "SELECT * FROM volunteer WHERE phone = ?",
      region: "410105001",
      ms: 12.5,
      count: 320,
    });
    expect(maskText("UUID 123e4567-e89b-12d3-a456-42661417400a")).toBe("UUID 123e4567-e89b-12d3-a456-42661417400a");
  });

  it("survives cycles and deep nesting", () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { phone: PHONE };
    loop.self = loop;
    logger.info({ loop }, "cycle");
    expect(JSON.parse(lines[0]).loop).toEqual({ phone: CENSOR, self: "[circular]" });
  });
});
