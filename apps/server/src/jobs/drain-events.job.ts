import { drainConsumer, type DrainOptions } from "../platform/events/drainer.js";
import type { JobDefinition } from "./job.js";

/** Feeds every draining consumer (rollups, points, notifications…) from the outbox, batch by batch. */
export function drainEventsJob(options: DrainOptions & { everyMs?: number } = {}): JobDefinition {
  return {
    name: "drain-events",
    everyMs: options.everyMs ?? 1000,
    enabled: (app) => app.events.draining().length > 0,
    async run(rc) {
      let total = 0;
      for (const consumer of rc.app.events.draining()) {
        // Keep going while full batches come back, so a backlog clears within one run.
        for (let n = -1; n !== 0;) {
          n = await drainConsumer(rc.ds, rc.app.events, consumer, options);
          total += n;
        }
      }
      return total ? `${total} events read` : undefined;
    },
  };
}
