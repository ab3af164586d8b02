// `npm start`: the demo and the receiver together, on embedded defaults. The receiver (server/,
// built first) keeps sign-ups in SQLite at demo/.receiver/receiver.db (git-ignored); the demo's
// Vite server hands /receiver/* to it, so a newcomer's sign-up really lands in a database.
// The coordinator's page is at http://127.0.0.1:8787/coordinator with the secret printed below.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';

const PORT = process.env.PC_RECEIVER_PORT ?? '8787';
// A demo's secret, printed for the person running it; a real scheme sets its own (see README).
const SECRET = process.env.COORDINATOR_SECRET ?? 'demo-coordinator-secret';
const DATABASE = process.env.SQLITE_PATH ?? 'demo/.receiver/receiver.db';

execFileSync('npm', ['run', 'build', '-w', 'server'], { stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync('demo/.receiver', { recursive: true });
const receiver = spawn(process.execPath, ['server/bin/parent-champion-receiver.js'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT,
    HOST: '127.0.0.1',
    SQLITE_PATH: DATABASE,
    COORDINATOR_SECRET: SECRET,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});
receiver.on('exit', (code) => {
  if (code) console.error(`The receiver stopped (exit ${code}); the demo's sign-ups cannot be stored.`);
});

process.env.PC_RECEIVER_URL = `http://127.0.0.1:${PORT}`;
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();
console.log(`  ➜  Receiver:  http://127.0.0.1:${PORT}/coordinator (secret: ${SECRET}), SQLite at ${DATABASE}`);

const stop = async () => {
  receiver.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
