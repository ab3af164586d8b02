/**
 * Starting the receiver: its settings, its database (migrated), the app, the retention purge,
 * and a clean stop on SIGTERM or SIGINT (what is being written finishes first).
 */
import { buildApp } from './app.js';
import { ConfigError, HELP, readConfig } from './config.js';
import { scheduleRetention } from './retention.js';
import { openStore } from './store/open.js';

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const at = argv.indexOf('--config');
  let config;
  try {
    config = readConfig(env, at >= 0 ? argv[at + 1] : undefined);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`parent-champion-receiver: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const store = await openStore(config);
  const app = await buildApp({ config, store });
  const stopRetention = scheduleRetention(store, config.retentionDays, (count) => app.log.info({ count }, 'retention purge'));
  const stop = async () => {
    stopRetention();
    await app.close();
    await store.close();
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: store.engine, coordinator: !!config.coordinatorSecret }, 'receiver ready');
}
