import type { EventType } from "@kepu/domain";
import type { Tx } from "../unit-of-work.js";
import type { StoredEvent } from "./outbox.js";

/**
 * A reader of the outbox. `inline` consumers run inside the emitting transaction (the audit log:
 * the record and the change commit together); `drain` consumers read committed events in order
 * from a stored cursor, in their own transactions (rollups, points, notifications).
 */
export interface EventConsumer {
  name: string;
  mode: "inline" | "drain";
  /** The event types it reads; "*" for all. */
  types: readonly EventType[] | "*";
  handle(tx: Tx, event: StoredEvent): Promise<void>;
}

/** The consumers of this process, collected from the module manifests at boot. */
export class EventBus {
  private readonly consumers: EventConsumer[] = [];

  constructor(consumers: readonly EventConsumer[] = []) {
    for (const c of consumers) this.register(c);
  }

  register(consumer: EventConsumer): void {
    if (!/^[a-z][a-z0-9-]{1,63}$/.test(consumer.name)) throw new Error(`bad consumer name: ${consumer.name}`);
    if (this.consumers.some((c) => c.name === consumer.name)) throw new Error(`consumer registered twice: ${consumer.name}`);
    this.consumers.push(consumer);
  }

  inline(type: string): EventConsumer[] {
    return this.consumers.filter((c) => c.mode === "inline" && reads(c, type));
  }

  draining(): EventConsumer[] {
    return this.consumers.filter((c) => c.mode === "drain");
  }
}

export const reads = (c: EventConsumer, type: string): boolean => c.types === "*" || (c.types as readonly string[]).includes(type);
