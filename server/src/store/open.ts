import type { ReceiverConfig } from '../config.js';
import { postgresStore } from './postgres.js';
import { sqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** PostgreSQL when DATABASE_URL is set, SQLite otherwise; migrated. */
export async function openStore(config: Pick<ReceiverConfig, 'databaseUrl' | 'sqlitePath'>): Promise<Store> {
  const store = config.databaseUrl ? postgresStore(config.databaseUrl) : sqliteStore(config.sqlitePath);
  await store.migrate();
  return store;
}
