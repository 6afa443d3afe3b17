import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../logger.js";
import { resolveSecrets } from "../security/secrets.js";
import { startBareServer } from "./overhead-bare-server.js";

/**
 * Child process of `npm run bench -- overhead`: runs the full server or the bare reference (argv[2])
 * from the environment (DATA_DIR, DATABASE_URL…), so the parent can read this process's CPU time
 * alone. IPC: it sends { ready, port }; answers "cpu" with process.cpuUsage(); "profile-start" and
 * { profileStop: file } bracket a CPU profile of the measured requests only; exits on "stop".
 */
export type ChildMessage = { type: "ready"; port: number } | { type: "cpu"; user: number; system: number } | { type: "profiled" };

const role = process.argv[2];
const config = loadConfig(process.env);
let stop: () => Promise<void>;
let port: number;
if (role === "full") {
  // OVERHEAD_BOOT: another build's boot.js (e.g. the code before a change), run on the same database.
  const boot = (await import(process.env.OVERHEAD_BOOT || "../boot.js")) as typeof import("../boot.js");
  ({ stop, port } = await boot.startServer(config, createLogger(config.logLevel)));
} else if (role === "bare") {
  ({ stop, port } = await startBareServer(config.database, resolveSecrets(config).jwtSecret));
} else {
  throw new Error(`overhead-server: unknown role ${role}`);
}

const send = (m: ChildMessage) => process.send?.(m);
const inspector = new Session();
process.on("message", (m: unknown) => {
  if (m === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ type: "cpu", user, system });
  } else if (m === "profile-start") {
    inspector.connect();
    void inspector
      .post("Profiler.enable")
      .then(() => inspector.post("Profiler.setSamplingInterval", { interval: 100 }))
      .then(() => inspector.post("Profiler.start"))
      .then(() => send({ type: "profiled" }));
  } else if (typeof m === "object" && m !== null && "profileStop" in m) {
    void inspector.post("Profiler.stop").then(({ profile }) => {
      writeFileSync(String(m.profileStop), JSON.stringify(profile));
      inspector.disconnect();
      send({ type: "profiled" });
    });
  } else if (m === "stop") {
    void stop().finally(() => process.exit(0));
  }
});
send({ type: "ready", port });
