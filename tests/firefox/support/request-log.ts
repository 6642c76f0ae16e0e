import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Every request Firefox sent through the proxy, as `METHOD address`. */
export interface RequestLog {
  readonly port: number;
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * A local proxy that records every request and answers each with an error, so nothing ever
 * leaves the machine. Firefox sends all its traffic here (see the proxy prefs in firefox.ts),
 * including https (as CONNECT host:port) and requests to localhost.
 */
export async function startRequestLog(): Promise<RequestLog> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method ?? '?'} ${request.url ?? ''}`);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (request, socket: Socket) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
