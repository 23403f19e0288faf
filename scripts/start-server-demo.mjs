// `npm run start:server`: the reference server (PGlite, seeded, development mode) and the demo portal
// talking to it through RestAdapter. Arguments go to the server (e.g. `-- --port 3100`).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'server/src/main.ts',
    '--dev',
    ...(args.includes('--port') ? [] : ['--port', '3000']),
    ...args,
  ],
  {
    env: { ...process.env, PORTICO_CORS_ORIGINS: process.env.PORTICO_CORS_ORIGINS ?? '*' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let vite;
const stop = (code) => {
  vite?.kill();
  server.kill();
  process.exitCode = code;
};
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
server.once('exit', (code) => {
  if (!vite) console.error('The server stopped before it was ready.');
  stop(code ?? 1);
});

createInterface({ input: server.stdout }).on('line', (line) => {
  console.log(`[server] ${line}`);
  const match = /contract\s+(http\S+)/.exec(line);
  if (match && !vite) {
    vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
      env: { ...process.env, VITE_PORTICO_SERVER: match[1] },
      stdio: 'inherit',
    });
    vite.once('exit', (code) => stop(code ?? 0));
  }
});
