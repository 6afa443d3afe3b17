import { CreateEventOutbox1764500000000 } from "../db/migrations/1764500000000-create-event-outbox.js";
import { drainEventsJob } from "../jobs/drain-events.job.js";
import { JobLease } from "../jobs/job-lease.entity.js";
import { ConsumerCursor } from "../platform/events/consumer-cursor.entity.js";
import { DomainEvent } from "../platform/events/domain-event.entity.js";
import type { FeatureModule } from "./feature-module.js";

/** What every feature stands on: the event outbox, its consumers' cursors, job leases, the drain job. */
export const coreModule: FeatureModule = {
  name: "core",
  entities: [DomainEvent, ConsumerCursor, JobLease],
  migrations: [CreateEventOutbox1764500000000],
  jobs: [drainEventsJob()],
};
