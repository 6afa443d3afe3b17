import type { AppServices } from "../platform/app-services.js";
import type { RequestContext } from "../platform/request-context.js";

/** Scheduled work: drains of the event outbox, clean-ups. Declared by module manifests. */
export interface JobDefinition {
  /** Unique, kebab-case; also the lease's name. */
  name: string;
  /** How often it runs, at most once per interval across all processes. */
  everyMs: number;
  /** Whether this process has anything for it to do (e.g. draining needs a draining consumer); default yes. */
  enabled?(app: AppServices): boolean;
  /** Runs as the system; returns a short summary for the log, or nothing. */
  run(rc: RequestContext): Promise<string | void>;
}
