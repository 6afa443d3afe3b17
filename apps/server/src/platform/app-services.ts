import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config.js";
import type { PiiCipher } from "../security/pii.js";
import type { Secrets } from "../security/secrets.js";
import type { Logger } from "../logger.js";
import type { EventBus } from "./events/event-bus.js";

/** Process-wide dependencies, made once at boot and shared by HTTP requests, the CLI and jobs. */
export interface AppServices {
  config: AppConfig;
  ds: DataSource;
  logger: Logger;
  secrets: Secrets;
  pii: PiiCipher;
  events: EventBus;
  /** The clock writes read (`tx.now`); tests set a controllable one. Default: the system clock. */
  clock?: () => Date;
}
