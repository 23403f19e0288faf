import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createVerifier } from './auth.js';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import type { Store } from './db/store.js';

/** A running server: where it answers, and how to stop it. */
export interface RunningServer {
  /** `http://host:port` (the contract is at `origin + config.basePath`). */
  origin: string;
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the contract over `store` on `host:port` (port 0: any free port). */
export async function startServer(options: {
  store: Store;
  config: ServerConfig;
  port?: number;
  host?: string;
  version?: string;
}): Promise<RunningServer> {
  const app = createApp({
    store: options.store,
    config: options.config,
    verify: createVerifier(options.config.auth),
    ...(options.version ? { version: options.version } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serveNode(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      () => resolve(started),
    );
  });
  // Idle keep-alive connections outlive a client's or a load balancer's (Node's 5 s default closes a
  // socket a client is about to reuse: its next request fails with a reset under load).
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    baseUrl: origin + options.config.basePath,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
