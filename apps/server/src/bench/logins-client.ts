import { parentPort, workerData } from "node:worker_threads";

/**
 * The load generator of `bench logins`, on its own thread (own event loop), so the server's
 * event loop measured by the probes does not also carry the client's work.
 */
export interface ClientJob {
  baseUrl: string;
  staticPath: string;
  logins: { phone: string; password: string; address: string }[];
  idleSamples: number;
}

export interface LoginAnswer {
  code: string;
  busy: boolean;
  ms: number;
}

export interface ClientReport {
  idle: { static: number[]; query: number[] };
  during: { static: number[]; query: number[] };
  answers: LoginAnswer[];
  seconds: number;
}

const QUERY = JSON.stringify({ query: `{ region(code: "41") { name } }` });
const LOGIN = `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`;

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function runClient(job: ClientJob): Promise<ClientReport> {
  const probes = {
    static: async () => {
      const res = await fetch(`${job.baseUrl}${job.staticPath}`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${job.staticPath}: ${res.status}`);
    },
    query: async () => {
      const res = await fetch(`${job.baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    },
  };
  /** Back-to-back probes (10 ms apart) while `busy()` or until `min` samples. */
  const probe = async (fn: () => Promise<void>, busy: () => boolean, min = 0) => {
    const samples: number[] = [];
    while (busy() || samples.length < min) {
      samples.push(await timed(fn));
      await new Promise((ok) => setTimeout(ok, 10));
    }
    return samples;
  };
  const [idleStatic, idleQuery] = await Promise.all([
    probe(probes.static, () => false, job.idleSamples),
    probe(probes.query, () => false, job.idleSamples),
  ]);

  const login = async (l: ClientJob["logins"][number]): Promise<LoginAnswer> => {
    const t0 = performance.now();
    const res = await fetch(`${job.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": l.address },
      body: JSON.stringify({ query: LOGIN, variables: { p: l.phone, w: l.password } }),
    });
    const body = (await res.json()) as {
      data?: { login?: { token: string } } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const code = body.data?.login ? "OK" : (body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`);
    return { code, busy: code === "RATE_LIMITED" && /繁忙/.test(body.errors?.[0]?.message ?? ""), ms: performance.now() - t0 };
  };
  let done = false;
  const t0 = performance.now();
  const burst = Promise.all(job.logins.map(login)).then((answers) => {
    done = true;
    return answers;
  });
  const [duringStatic, duringQuery] = await Promise.all([probe(probes.static, () => !done), probe(probes.query, () => !done)]);
  const answers = await burst;
  const seconds = (performance.now() - t0) / 1000;
  return { idle: { static: idleStatic, query: idleQuery }, during: { static: duringStatic, query: duringQuery }, answers, seconds };
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === "logins-client") {
  const port = parentPort;
  runClient((workerData as { job: ClientJob }).job).then(
    (report) => port.postMessage(report),
    (err: unknown) => port.postMessage({ error: String(err) }),
  );
}
