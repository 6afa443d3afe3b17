import { describe, expect, it } from "vitest";
import { notificationLink } from "./notification-link";

describe("notificationLink", () => {
  it("leads application decisions to 管理员申请 and leaves comment notifications without a console page", () => {
    expect(notificationLink({ subjectType: "ManagerApplication" })).toBe("/manager-applications");
    expect(notificationLink({ subjectType: "Comment" })).toBeNull();
  });
});
