import type { DataSource } from "typeorm";
import type { PiiCipher } from "../auth/pii.js";
import type { Secrets } from "../auth/secrets.js";
import type { Logger } from "../logger.js";
import type { EventBus } from "./events/event-bus.js";

/** Process-wide dependencies, made once at boot and shared by HTTP requests, the CLI and jobs. */
export interface AppServices {
  ds: DataSource;
  logger: Logger;
  secrets: Secrets;
  pii: PiiCipher;
  events: EventBus;
}
