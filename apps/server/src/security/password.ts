import { availableParallelism } from "node:os";
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from "node:crypto";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { DomainError } from "@kepu/domain";

/**
 * Password hashing: Argon2id with the OWASP parameters (m = 19 MiB, t = 2, p = 1), ~15 ms per hash
 * on this 2-core machine, against 291 ms for the scrypt (N=2^15, r=8) used before. Old scrypt
 * records still verify and are rehashed on the next successful login (`needsRehash`).
 *
 * Every hash and verify runs through one bounded queue (`HashQueue`): both @node-rs/argon2's async
 * functions (napi async work) and node's crypto.scrypt run on libuv's thread pool, the same 4
 * threads (UV_THREADPOOL_SIZE) that serve static-file reads, so an unbounded burst of logins used
 * to fill the pool and stall everything else. The queue caps how many run at once (half the pool,
 * and at most cores − 1 so the event loop keeps a core) and how much may wait (a legacy scrypt
 * verify weighs 20 hashes); beyond that callers get RATE_LIMITED at once instead of waiting
 * seconds. `passwordAdmission()` applies the same bound to whole logins, before their database work.
 */

export type HashAlgorithm = "argon2id" | "scrypt";

/** OWASP Password Storage Cheat Sheet, Argon2id option 2: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const ARGON2_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

// scrypt, kept to verify (and, for the benchmark's "before" figures, to hash) existing records.
const SCRYPT = { N: 1 << 15, r: 8, p: 1 };
const SCRYPT_KEY_LEN = 32;
const SCRYPT_PREFIX = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$`;
/** A scrypt N=2^15 r=8 verify takes ~20 Argon2id hashes' time (291 ms against ~14 ms): its weight in the queue. */
const SCRYPT_COST = 20;

/**
 * Hashes nobody's password matches, verified for unknown phones so the response time does not
 * reveal which numbers have accounts. Same parameters as real hashes, so the same cost.
 */
export const DUMMY_HASH = `${ARGON2_PREFIX}AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
const DUMMY_SCRYPT_HASH = `${SCRYPT_PREFIX}AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

/** Thrown when the hashing queue is full: RATE_LIMITED, try again in a moment. */
export class HashQueueFullError extends DomainError {
  constructor() {
    super("RATE_LIMITED", "请求过多，服务器繁忙，请稍后再试", undefined, { retryAfterSeconds: 2 });
  }
}

/**
 * At most `concurrency` tasks run at once; tasks beyond wait in arrival order while the cost of
 * all waiting tasks stays within `maxQueued` (a task's cost is its expected time in Argon2id
 * hashes: 1, or ~20 for a legacy scrypt verify), so the longest wait stays about the same whatever
 * the mix. Any further task is refused with HashQueueFullError at once.
 */
export class HashQueue {
  private running = 0;
  private queuedCost = 0;
  private readonly waiting: { wake: () => void; cost: number }[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
  ) {
    if (!(concurrency >= 1) || !(maxQueued >= 0)) throw new Error("HashQueue: concurrency ≥ 1 and maxQueued ≥ 0");
  }

  /** Tasks running now, waiting, and the waiting tasks' cost. */
  get stats(): { running: number; queued: number; queuedCost: number } {
    return { running: this.running, queued: this.waiting.length, queuedCost: this.queuedCost };
  }

  /** True when a new task of cost 1 would be refused. */
  get full(): boolean {
    return this.running >= this.concurrency && this.queuedCost + 1 > this.maxQueued;
  }

  async run<T>(task: () => Promise<T>, cost = 1): Promise<T> {
    if (this.running < this.concurrency) {
      this.running++;
    } else {
      if (this.queuedCost + cost > this.maxQueued) throw new HashQueueFullError();
      this.queuedCost += cost;
      // The finishing task hands its slot over, so `running` stays counted.
      await new Promise<void>((wake) => this.waiting.push({ wake, cost }));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        this.queuedCost -= next.cost;
        next.wake();
      } else {
        this.running--;
      }
    }
  }
}

/**
 * Half of libuv's pool (4 threads unless UV_THREADPOOL_SIZE says otherwise), so file reads and
 * DNS always find free threads, and at most cores − 1, so one core stays for the event loop:
 * 1 on this 2-core machine.
 */
export function defaultHashConcurrency(): number {
  const pool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, Math.min(Math.floor(pool / 2), availableParallelism() - 1));
}

/** ~64 × 15 ms ≈ 1 s: about the longest a login waits for its hash before the server says "busy". */
export const DEFAULT_MAX_QUEUED = 64;

/** As many as can run or wait for a hash: the admission gate in front of logins and registrations. */
const admissionFor = (q: HashQueue) => new HashQueue(q.concurrency + q.maxQueued, 0);

const initialQueue = new HashQueue(defaultHashConcurrency(), DEFAULT_MAX_QUEUED);
const settings: { algorithm: HashAlgorithm; queue: HashQueue; admission: HashQueue } = {
  algorithm: "argon2id",
  queue: initialQueue,
  admission: admissionFor(initialQueue),
};

/** Hashes and verifications actually computed in this process, and their total time (tests count them; the bench reports them). */
export const passwordWork = { hashes: 0, verifications: 0, ms: 0 };

/** Times a hashing task into passwordWork.ms. */
async function timed<T>(work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    passwordWork.ms += performance.now() - t0;
  }
}

/**
 * Changes the algorithm new hashes use and the queue size. For benchmarks ("before": scrypt with
 * no queue, `concurrency: Infinity`) and tests (a tiny queue); the server never calls it.
 */
export function configurePasswordHashing(opts: { algorithm?: HashAlgorithm; concurrency?: number; maxQueued?: number }): void {
  if (opts.algorithm) settings.algorithm = opts.algorithm;
  if (opts.concurrency !== undefined || opts.maxQueued !== undefined) {
    settings.queue = new HashQueue(opts.concurrency ?? settings.queue.concurrency, opts.maxQueued ?? settings.queue.maxQueued);
    settings.admission = admissionFor(settings.queue);
  }
}

export function hashQueue(): HashQueue {
  return settings.queue;
}

/**
 * At most as many password operations in progress (from their first statement to the answer) as
 * the hash queue can run and hold; the rest are refused at once (HashQueueFullError), before they
 * touch the database. Without it a burst passes the queue check all together, and hundreds of
 * throttle statements hold the connection pool that every other request needs.
 */
export function passwordAdmission(): HashQueue {
  return settings.admission;
}

/** The hash that unknown accounts are verified against (same cost as a real one). */
export function dummyHash(): string {
  return settings.algorithm === "scrypt" ? DUMMY_SCRYPT_HASH : DUMMY_HASH;
}

function deriveScrypt(password: string, salt: Buffer, p: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 128 * p.N * p.r * 2 };
  return new Promise((ok, fail) => scrypt(password, salt, SCRYPT_KEY_LEN, options, (err, key) => (err ? fail(err) : ok(key))));
}

/**
 * A PHC string `$argon2id$v=19$m=19456,t=2,p=1$salt$hash` (or, when configured for the benchmark,
 * `scrypt$N$r$p$salt$hash`). Passwords are NFKC-normalized first, so full-width forms typed by a
 * Chinese IME match their ASCII spelling. Throws HashQueueFullError when the queue is full.
 */
export async function hashPassword(password: string): Promise<string> {
  const normalized = password.normalize("NFKC");
  const algorithm = settings.algorithm;
  return settings.queue.run(
    async () => {
      passwordWork.hashes++;
      if (algorithm === "argon2id") return timed(() => argon2Hash(normalized, ARGON2));
      const salt = randomBytes(16);
      const key = await timed(() => deriveScrypt(normalized, salt, SCRYPT));
      return [SCRYPT_PREFIX.slice(0, -1), salt.toString("base64url"), key.toString("base64url")].join("$");
    },
    algorithm === "argon2id" ? 1 : SCRYPT_COST,
  );
}

/** Whether `stored` matches; false for malformed records. Throws HashQueueFullError when the queue is full. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const normalized = password.normalize("NFKC");
  if (stored.startsWith("$argon2id$")) {
    return settings.queue.run(async () => {
      passwordWork.verifications++;
      try {
        return await timed(() => argon2Verify(stored, normalized));
      } catch {
        return false; // malformed record
      }
    });
  }
  const [alg, n, r, p, salt, hash] = stored.split("$");
  if (alg !== "scrypt" || !hash || !/^\d+$/.test(`${n}${r}${p}`)) return false;
  const expected = Buffer.from(hash, "base64url");
  const cost = Math.max(1, Math.round((SCRYPT_COST * Number(n) * Number(r) * Number(p)) / (SCRYPT.N * SCRYPT.r * SCRYPT.p)));
  return settings.queue.run(async () => {
    passwordWork.verifications++;
    try {
      const key = await timed(() => deriveScrypt(normalized, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) }));
      return key.length === expected.length && timingSafeEqual(key, expected);
    } catch {
      return false; // parameters node refuses
    }
  }, cost);
}

/** True when `stored` is not a hash of the current algorithm and parameters (rehash it after a successful login). */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(settings.algorithm === "scrypt" ? SCRYPT_PREFIX : ARGON2_PREFIX);
}

/** `argon2id`, `scrypt` or `unknown`: for logs. */
export function hashAlgorithmOf(stored: string): string {
  if (stored.startsWith("$argon2id$")) return "argon2id";
  if (stored.startsWith("scrypt$")) return "scrypt";
  return "unknown";
}
