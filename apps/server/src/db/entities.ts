import { AuditLogEntry } from "../modules/audit/audit-log.entity.js";
import { LoginThrottle } from "../modules/auth/login-throttle.entity.js";
import { Session } from "../modules/auth/session.entity.js";
import { ManagerApplication } from "../modules/manager-application/manager-application.entity.js";
import { Region } from "../modules/region/region.entity.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";

export const entities = [Region, Volunteer, Session, LoginThrottle, ManagerApplication, AuditLogEntry];
