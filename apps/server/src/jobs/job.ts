import type { RequestContext } from "../platform/request-context.js";

/** Scheduled work: drains of the event outbox, clean-ups. Declared by module manifests. */
export interface JobDefinition {
  /** Unique, kebab-case; also the lease's name. */
  name: string;
  /** How often it runs, at most once per interval across all processes. */
  everyMs: number;
  /** Runs as the system; returns a short summary for the log, or nothing. */
  run(rc: RequestContext): Promise<string | void>;
}
