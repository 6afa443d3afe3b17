-- Creates the kepu database and its accounts (数据库与账号初始化). Run once, as the DB administrator:
--   mariadb -uroot < infra/mariadb/init.sql          (MariaDB 10.11+; MySQL 8.0: mysql -uroot -p < …)
-- Replace both CHANGE-ME passwords first (e.g. `openssl rand -base64 24`) and narrow the host
-- patterns ('10.0.%') to the API hosts' network. The tables themselves are created by the server's
-- migrations at boot (or `npm run cli -- migrate`), never by hand.

CREATE DATABASE IF NOT EXISTS kepu
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

-- The API (and its CLI). Migrations run as this user, so it needs DDL on its own schema only.
-- kepu.cnf sets skip-name-resolve: a TCP client on the same host is 'kepu'@'127.0.0.1' (use
-- 127.0.0.1, not localhost, in DATABASE_URL), remote API hosts match '10.0.%'.
CREATE USER IF NOT EXISTS 'kepu'@'127.0.0.1' IDENTIFIED BY 'CHANGE-ME-app-password';
CREATE USER IF NOT EXISTS 'kepu'@'10.0.%'    IDENTIFIED BY 'CHANGE-ME-app-password';
GRANT SELECT, INSERT, UPDATE, DELETE,
      CREATE, ALTER, DROP, INDEX, REFERENCES,
      CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER, EXECUTE
  ON kepu.* TO 'kepu'@'127.0.0.1', 'kepu'@'10.0.%';

-- Read-only account for analytics / BI on a read replica (只读账号: 报表与数据分析).
CREATE USER IF NOT EXISTS 'kepu_ro'@'10.0.%' IDENTIFIED BY 'CHANGE-ME-readonly-password';
GRANT SELECT, SHOW VIEW ON kepu.* TO 'kepu_ro'@'10.0.%';

-- Replication account, only when a read replica is set up (see infra/SCALE-OUT.md):
-- CREATE USER IF NOT EXISTS 'kepu_repl'@'10.0.%' IDENTIFIED BY 'CHANGE-ME-repl-password';
-- GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kepu_repl'@'10.0.%';

FLUSH PRIVILEGES;
