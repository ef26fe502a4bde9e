/**
 * A throwaway HTTP(S) server on 127.0.0.1 for ingestion tests: random port, every connection closed
 * on `close()`. Tests never reach any other address.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` (or https). */
  origin: string;
  close(): Promise<void>;
}

async function listen(server: Server, scheme: string): Promise<LocalServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const startServer = (handler: Handler) => listen(createServer(handler), 'http');

export const startHttpsServer = (handler: Handler, tls: { key: string; cert: string }) =>
  listen(createHttpsServer(tls, handler) as unknown as Server, 'https');

/** A port on 127.0.0.1 where nothing listens (it was just released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
