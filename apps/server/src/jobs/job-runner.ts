import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { AppServices } from "../platform/app-services.js";
import { RequestContext } from "../platform/request-context.js";
import type { JobDefinition } from "./job.js";
import { takeLease } from "./job-lease.js";

/**
 * Runs scheduled jobs in this process. Every server process may run one: a database lease per job
 * makes each job run once per interval across all of them, and a job that throws is logged and
 * tried again at its next interval.
 */
export class JobRunner {
  private readonly holder = `${hostname().slice(0, 40)}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timers: NodeJS.Timeout[] = [];
  private running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly app: AppServices,
    private readonly jobs: readonly JobDefinition[],
  ) {
    const names = new Set<string>();
    for (const job of jobs) {
      if (names.has(job.name)) throw new Error(`job declared twice: ${job.name}`);
      names.add(job.name);
    }
  }

  start(): void {
    for (const job of this.jobs.filter((j) => j.enabled?.(this.app) ?? true)) {
      const timer = setInterval(() => void this.tick(job), job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  /** Runs `job` now if this process wins its lease; returns its summary, or null when another process holds it. */
  async tick(job: JobDefinition): Promise<string | null> {
    if (this.stopped) return null;
    // Held for most of the interval, so a process whose clock runs a little ahead cannot run it twice.
    if (!(await takeLease(this.app.ds, job.name, this.holder, Math.max(1000, job.everyMs * 0.9)).catch(() => false))) return null;
    const started = performance.now();
    const work = job.run(RequestContext.system(this.app, `job:${job.name}`)).then(
      (summary) => {
        const ms = Math.round(performance.now() - started);
        if (summary) this.app.logger.info({ job: job.name, ms, summary }, "job ran");
        return summary ?? "";
      },
      (err: unknown) => {
        this.app.logger.error({ job: job.name, err }, "job failed");
        return null;
      },
    );
    this.running.add(work);
    try {
      return await work;
    } finally {
      this.running.delete(work);
    }
  }

  /** Stops scheduling and waits for running jobs (graceful shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await Promise.allSettled([...this.running]);
  }
}
