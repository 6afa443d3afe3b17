import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-diff";

describe("auditChanges", () => {
  it("lists changed keys with Chinese labels and values", () => {
    expect(
      auditChanges(
        JSON.stringify({ tier: "INDIVIDUAL", managedRegionCode: null }),
        JSON.stringify({ tier: "TOWNSHIP_MANAGER", managedRegionCode: "410105002", applicationId: 7 }),
      ),
    ).toEqual([
      { key: "tier", label: "层级", isRegion: false, before: "个人用户", after: "乡镇级管理员" },
      { key: "managedRegionCode", label: "管辖地区", isRegion: true, before: "空", after: "410105002" },
      { key: "applicationId", label: "申请编号", isRegion: false, before: null, after: "7" },
    ]);
  });

  it("leaves out unchanged keys", () => {
    expect(auditChanges(JSON.stringify({ status: "PENDING", reason: "x" }), JSON.stringify({ status: "APPROVED", reason: "x" }))).toEqual([
      { key: "status", label: "状态", isRegion: false, before: "待审批", after: "已通过" },
    ]);
  });

  it("handles creations, missing sides and non-object or broken JSON", () => {
    expect(auditChanges(null, JSON.stringify({ realName: "张三" }))).toEqual([
      { key: "realName", label: "姓名", isRegion: false, before: null, after: "张三" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges("12", "15")).toEqual([{ key: "value", label: "值", isRegion: false, before: "12", after: "15" }]);
    expect(auditChanges("{oops", null)).toEqual([{ key: "value", label: "值", isRegion: false, before: "{oops", after: null }]);
  });

  it("shows unknown keys under their own name and nested values as JSON", () => {
    expect(auditChanges(null, JSON.stringify({ extra: { a: 1 } }))).toEqual([
      { key: "extra", label: "extra", isRegion: false, before: null, after: '{"a":1}' },
    ]);
  });
});
