import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import express from 'express';
import { HttpDrain } from './http-drain';

/** An app whose GET /slow starts its response at once and ends it when the test says so. */
async function slowServer(): Promise<{ server: Server; drain: HttpDrain; port: number; finish: () => void }> {
  const app = express();
  const server = createServer(app);
  const drain = new HttpDrain(server);
  let finish = (): void => undefined;
  app.use(drain.refuseWhileDraining);
  app.get('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('part one;');
    finish = () => res.end('part two');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, drain, port: address.port, finish: () => finish() };
}

/** A raw keep-alive connection, so the test decides what goes over which connection. */
function rawClient(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () =>
      resolve({ socket, received: () => text, closed: new Promise((r) => socket.once('close', () => r())) }),
    );
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.once('error', reject);
  });
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const request = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('HttpDrain', () => {
  it('waits for the open request, refuses new connections and answers a request on the kept-alive one with 503', async () => {
    const { server, drain, port, finish } = await slowServer();
    const client = await rawClient(port);
    cleanup = () => {
      client.socket.destroy();
      server.closeAllConnections();
    };
    client.socket.write(request('/slow'));
    await until(() => client.received().includes('part one;'));
    expect(drain.openRequests()).toMatchObject([{ method: 'GET', path: '/slow' }]);

    let drained = false;
    const draining = drain.drain().then(() => (drained = true));
    // New connections are refused at once.
    await expect(rawClient(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // A request that still arrives on the open connection is refused, after the one in flight.
    client.socket.write(request('/slow'));
    await new Promise((r) => setTimeout(r, 50));
    expect(drained).toBe(false);

    finish();
    await draining;
    await client.closed;
    const text = client.received();
    expect(text).toContain('part one;');
    expect(text).toContain('part two');
    expect(text).toMatch(/HTTP\/1\.1 503 Service Unavailable[\s\S]*Connection: close[\s\S]*SHUTTING_DOWN/i);
    expect(drain.openRequests()).toEqual([]);
  });

  it('resolves at once when nothing is open; then cuts connections that never sent a request', async () => {
    const { server, drain, port } = await slowServer();
    const silent = await rawClient(port);
    let serverClosed = false;
    server.once('close', () => (serverClosed = true));
    cleanup = () => server.closeAllConnections();
    await drain.drain();
    // Node's own close leaves such a connection open, and with it the server.
    await new Promise((r) => setTimeout(r, 50));
    expect(serverClosed).toBe(false);
    expect(drain.closeRemaining()).toBe(1);
    await silent.closed;
    await until(() => serverClosed);
  });
});
