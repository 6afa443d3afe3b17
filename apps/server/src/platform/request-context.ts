import { randomUUID } from "node:crypto";
import { type Actor, ANONYMOUS, systemActor } from "@kepu/domain";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import type { AppServices } from "./app-services.js";
import { runInTransaction, type Tx } from "./unit-of-work.js";

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type LoaderFactory<T> = (ds: DataSource) => T;

/**
 * Everything one unit of work needs, whoever started it: an HTTP request, a CLI command or a
 * job. Services take this (never a transport's context); GraphQL resolvers receive it as their
 * context. Per-request objects (loaders, the logger child) are made only when first used.
 */
export class RequestContext {
  private loaderBag: Map<LoaderFactory<unknown>, unknown> | undefined;
  private childLogger: Logger | undefined;
  private writing = false;

  constructor(
    readonly app: AppServices,
    public actor: Actor,
    readonly requestId: string,
    readonly client: ClientInfo = { ip: null, userAgent: null },
    /** The signed-in session, when the actor came from a session token (logout ends it). */
    public sessionId: string | null = null,
  ) {}

  /** A context for work no person started (jobs, the CLI): acts as the system. */
  static system(app: AppServices, name: string, requestId: string = `${name}:${randomUUID()}`): RequestContext {
    return new RequestContext(app, systemActor(name), requestId);
  }

  static anonymous(app: AppServices, requestId: string = randomUUID(), client?: ClientInfo): RequestContext {
    return new RequestContext(app, ANONYMOUS, requestId, client);
  }

  get ds(): DataSource {
    return this.app.ds;
  }

  get logger(): Logger {
    return (this.childLogger ??= this.app.logger.child({ requestId: this.requestId }));
  }

  /** This request's instance of a module's DataLoaders (created on first use, so caches never leak between requests). */
  loaders<T>(factory: LoaderFactory<T>): T {
    this.loaderBag ??= new Map();
    let found = this.loaderBag.get(factory) as T | undefined;
    if (found === undefined) {
      found = factory(this.app.ds);
      this.loaderBag.set(factory, found);
    }
    return found;
  }

  /** Continues the request as someone else (login and register answer as the person who just signed in). */
  actAs(actor: Actor, sessionId: string | null): void {
    this.actor = actor;
    this.sessionId = sessionId;
  }

  /** One write and everything it causes (events, their inline consumers) commit or roll back together. */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    // A second write inside the first would wait for itself in SQLite's queue; pass the `tx` down instead.
    if (this.writing) throw new Error("rc.write() called inside rc.write(): pass the open tx to the nested work");
    this.writing = true;
    try {
      return await runInTransaction(this, work);
    } finally {
      this.writing = false;
    }
  }
}
