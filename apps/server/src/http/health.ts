/** How long /healthz waits for the database before answering 503 (liveness probes give up at ~3 s). */
export const HEALTH_TIMEOUT_MS = 2_500;

export type HealthResult = { ok: true; ms: number } | { ok: false; reason: "timeout" | "error"; ms: number; error?: unknown };

/**
 * Races a database round trip against a timer: a database that does not answer is as unhealthy
 * as one that fails. The ping keeps running after a timeout (the driver's own deadlines end it).
 */
export async function checkDatabase(ping: () => Promise<unknown>, timeoutMs: number = HEALTH_TIMEOUT_MS): Promise<HealthResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthResult>((ok) => {
    timer = setTimeout(() => ok({ ok: false, reason: "timeout", ms: ms() }), timeoutMs);
  });
  const attempt = Promise.resolve()
    .then(ping)
    .then(
      (): HealthResult => ({ ok: true, ms: ms() }),
      (error: unknown): HealthResult => ({ ok: false, reason: "error", ms: ms(), error }),
    );
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
