import { FileSearchOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

export const auditLogResource: AppResource = {
  key: "audit-log",
  paths: ["/audit-log"],
  page: lazyPage(() => import("./audit-log-page"), "AuditLogPage"),
  access: "PROVINCE_ADMIN",
  menu: { label: "审计日志", icon: <FileSearchOutlined />, order: 50 },
  shortcuts: [{ text: "查看审批决定、层级变更、实名认证等全部关键操作记录。" }],
};
