import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanLine, scanLogDir } from "../log-scan.js";

describe("test log scan", () => {
  it.each([
    ["phone number", '{"msg":"login 13800000000"}'],
    ["phone number", '{"key":"phone:13910000042"}'],
    ["phone number", '{"n":13800000000}'],
    ["ID number", '{"msg":"id 41010519900101123X"}'],
    ["password hash", '{"x":"scrypt$32768$8$1$salt$hash"}'],
    ["password hash", '{"x":"$argon2id$v=19$m=65536"}'],
    ["session token", '{"auth":"eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJ4In0.sig"}'],
    ["session token", '{"h":"Bearer abcdefgh12345678"}'],
    ["password", '{"variables":{"password":"Secret#123"}}'],
    ["password", '{"msg":"body {\\"newPassword\\":\\"x\\"}"}'],
    ["password", '{"msg":"tried Kepu@2026"}'],
  ])("finds a %s", (kind, line) => {
    expect(scanLine(line).map((h) => h.kind)).toContain(kind);
  });

  it.each([
    '{"requestId":"0f8fad5b-d9cb-469f-a165-70867728950e","method":"POST","path":"/graphql","status":200,"ms":3.2}',
    '{"requestId":"a1b2c3d4-0000-4000-8000-138000000000"}',
    '{"phone":"[redacted]","password":"[redacted]","msg":"138****0000 4101**********1234"}',
    '{"time":"2026-11-29T08:28:20.925Z","region":"410105001","bootMs":1523,"ts":1764404900123}',
    '{"msg":"Authorization 头格式应为 Bearer <token>"}',
  ])("passes a clean line: %s", (line) => {
    expect(scanLine(line)).toEqual([]);
  });

  it("reports file, line and kind without repeating the secret", () => {
    const dir = mkdtempSync(join(tmpdir(), "kepu-scan-"));
    try {
      writeFileSync(join(dir, "a.log"), '{"ok":1}\n{"msg":"13800000000","password":"Kepu@2026"}\n');
      writeFileSync(join(dir, "ignored.txt"), "13800000000\n");
      const r = scanLogDir(dir);
      expect(r).toMatchObject({ files: 1, lines: 2 });
      expect(r.leaks).toEqual([
        expect.objectContaining({ file: "a.log", line: 2, kind: "phone number" }),
        expect.objectContaining({ file: "a.log", line: 2, kind: "password" }),
      ]);
      for (const leak of r.leaks) {
        expect(leak.excerpt).not.toContain("13800000000");
        expect(leak.excerpt).not.toContain("Kepu@2026");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
