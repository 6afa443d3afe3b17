import mysql from "mysql2/promise";

/** A throwaway MariaDB database beside `mysqlUrl` for one benchmark run: its URL, and `drop` to remove it. */
export async function scratchMariaDb(mysqlUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(mysqlUrl.replace(/^mariadb:/, "mysql:"));
  const name = `${prefix}_${Date.now()}`;
  const conn = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: url.username,
    password: url.password,
  });
  await conn.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await conn.query(`DROP DATABASE ${name}`);
      await conn.end();
    },
  };
}
