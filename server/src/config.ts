/**
 * The receiver's settings, from environment variables and, optionally, a small JSON file
 * (`--config receiver.json`; a variable wins over the file). Every setting is listed in `HELP`,
 * which `--help` prints. Bad values stop the receiver with a message naming the setting: a
 * coordinator should never run a receiver that silently ignored what they set.
 */
import { readFileSync } from 'node:fs';

export interface ReceiverConfig {
  port: number;
  host: string;
  /** PostgreSQL when set (`postgres://…`); otherwise SQLite in `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath: string;
  /** Origins whose pages may post (CORS), e.g. `https://www.example-school.sch.uk`. */
  allowedOrigins: string[];
  /** The coordinator's secret (≥ 16 characters): without it the coordinator's pages are off. */
  coordinatorSecret?: string;
  /** Submissions older than this many days are deleted (0 keeps them). */
  retentionDays: number;
  /** The fewest responses a service needs before its feedback summary is published. */
  summaryMinimum: number;
  /** Submissions one client may send to each form per minute. */
  rateLimitPerMinute: number;
  /**
   * Behind reverse proxies you run: how many (their X-Forwarded-For hops are trusted), or their
   * addresses. Never "trust everyone": a client could then name any address it liked.
   */
  trustProxy: false | number | string[];
  /** `info` logs each request (ids, status and timing only); `warn`, `error` or `silent` fewer. */
  logLevel: 'info' | 'warn' | 'error' | 'silent';
}

interface Setting {
  env: string;
  key: keyof ReceiverConfig;
  help: string;
  read: (text: string) => unknown;
}

class ConfigError extends Error {}

const integer = (name: string, min: number, max: number) => (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  return n;
};

const origins = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new ConfigError(`ALLOWED_ORIGINS: "${origin}" is not an origin like https://www.example.org`);
      }
      if (url.origin === 'null' || url.pathname !== '/' || origin.replace(/\/$/, '') !== url.origin) {
        throw new ConfigError(`ALLOWED_ORIGINS: "${origin}" must be an origin only, like https://www.example.org (no path)`);
      }
      return url.origin;
    });

export const SETTINGS: Setting[] = [
  { env: 'PORT', key: 'port', help: 'Port to listen on (default 8787).', read: integer('PORT', 0, 65535) },
  { env: 'HOST', key: 'host', help: 'Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).', read: (t) => t },
  { env: 'DATABASE_URL', key: 'databaseUrl', help: 'PostgreSQL connection URL (postgres://user:password@host/db). When unset, SQLite is used.', read: (t) => t },
  { env: 'SQLITE_PATH', key: 'sqlitePath', help: 'The SQLite database file (default ./parent-champion-receiver.db).', read: (t) => t },
  { env: 'ALLOWED_ORIGINS', key: 'allowedOrigins', help: 'Origins of the sites whose forms post here, separated by commas (CORS). None by default: only same-origin pages.', read: origins },
  {
    env: 'COORDINATOR_SECRET',
    key: 'coordinatorSecret',
    help: "The coordinator's secret (16 characters or more) for the coordinator's page, the export and erasure. Unset: those are switched off.",
    read: (t) => {
      if (t.length < 16) throw new ConfigError('COORDINATOR_SECRET must be 16 characters or more');
      return t;
    },
  },
  { env: 'RETENTION_DAYS', key: 'retentionDays', help: 'Delete submissions older than this many days (default 180; 0 keeps them).', read: integer('RETENTION_DAYS', 0, 36500) },
  { env: 'SUMMARY_MINIMUM', key: 'summaryMinimum', help: 'The fewest feedback responses a service needs before its summary is published (default 5).', read: integer('SUMMARY_MINIMUM', 1, 1000) },
  { env: 'RATE_LIMIT_PER_MINUTE', key: 'rateLimitPerMinute', help: 'Submissions one client may send to each form per minute (default 30).', read: integer('RATE_LIMIT_PER_MINUTE', 1, 100000) },
  {
    env: 'TRUST_PROXY',
    key: 'trustProxy',
    help: "Behind reverse proxies you run: how many there are (1 for one), or their addresses (10.0.0.5, 10.0.0.0/8). Unset: none. Without it, behind a proxy every client has the proxy's address, and rate limits and the sign-in lockout count everyone together; `true` is refused, as any client could then name any address.",
    read: (t) => {
      if (/^\d+$/.test(t)) return integer('TRUST_PROXY', 0, 10)(t) || false;
      if (t === 'true' || t === 'false') throw new ConfigError('TRUST_PROXY must be how many proxies you run (1) or their addresses, not true/false');
      return t.split(/[\s,]+/).filter(Boolean);
    },
  },
  {
    env: 'LOG_LEVEL',
    key: 'logLevel',
    help: 'info (default: one line per request, ids, status and timing only), warn, error or silent.',
    read: (t) => {
      if (!['info', 'warn', 'error', 'silent'].includes(t)) throw new ConfigError(`LOG_LEVEL must be info, warn, error or silent (got "${t}")`);
      return t;
    },
  },
];

export const DEFAULTS: ReceiverConfig = {
  port: 8787,
  host: '127.0.0.1',
  sqlitePath: './parent-champion-receiver.db',
  allowedOrigins: [],
  retentionDays: 180,
  summaryMinimum: 5,
  rateLimitPerMinute: 30,
  trustProxy: false,
  logLevel: 'info',
};

export const HELP = `parent-champion-receiver: stores what Parent Champion Widgets' forms send, exactly once.

Usage: parent-champion-receiver [--config receiver.json] [--help]

Settings (environment variables; a JSON file given with --config may set the same names):
${SETTINGS.map((s) => `  ${s.env.padEnd(22)} ${s.help}`).join('\n')}

Endpoints: POST /signups, POST /feedback, GET /health, GET /summary (published feedback counts),
and, with COORDINATOR_SECRET, the coordinator's page at /coordinator.`;

/** The settings from `env` and the optional file's JSON (`{"PORT": 8080, …}`); throws a ConfigError naming a bad one. */
export function readConfig(env: NodeJS.ProcessEnv, file?: string): ReceiverConfig {
  let fromFile: Record<string, unknown> = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`--config ${file}: ${(error as Error).message}`);
    }
    const unknown = Object.keys(fromFile).filter((name) => !SETTINGS.some((s) => s.env === name));
    if (unknown.length) throw new ConfigError(`--config ${file}: unknown setting(s) ${unknown.join(', ')} (see --help)`);
  }
  const config: ReceiverConfig = { ...DEFAULTS, allowedOrigins: [] };
  for (const setting of SETTINGS) {
    const raw = env[setting.env] ?? (fromFile[setting.env] === undefined ? undefined : String(fromFile[setting.env]));
    if (raw === undefined || raw === '') continue;
    (config as unknown as Record<string, unknown>)[setting.key] = setting.read(raw);
  }
  return config;
}

export { ConfigError };
