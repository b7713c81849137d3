import { createServer, get as httpGet, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capConnectionsPerAddress, readBodyAndKeepIt, serverLimits } from './request-guards.mjs';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A GET from a given loopback address (Linux routes all of 127.0.0.0/8 to this host); resolves with the status. */
function get(port: number, localAddress: string): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const sent = httpGet({ host: '127.0.0.1', port, localAddress, path: '/', agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', () => resolve('refused'));
  });
}

/** An idle connection from an address; resolves once it is open. */
function idleConnection(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.on('error', reject);
    sockets.push(socket);
  });
}

describe('the per-address connection cap', () => {
  it('refuses new connections from an address past its cap while another address is served', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    const open = capConnectionsPerAddress(server, 8);
    const port = await listen(server);
    for (let index = 0; index < 8; index += 1) await idleConnection(port, '127.0.0.1');
    await expect.poll(() => open.get('127.0.0.1')).toBe(8);
    expect(await get(port, '127.0.0.1')).toBe('refused');
    expect(await get(port, '127.0.0.2')).toBe(200);
    // A held connection let go gives its place back.
    sockets.shift()!.destroy();
    await expect.poll(() => open.get('127.0.0.1')).toBe(7);
    expect(await get(port, '127.0.0.1')).toBe(200);
  });

  it('reads its numbers from the environment, refusing nonsense', () => {
    expect(serverLimits({})).toEqual({ connectionsPerAddress: 256, connections: 4096 });
    expect(serverLimits({ FUENTE_MAX_CONNECTIONS_PER_ADDRESS: '64' }).connectionsPerAddress).toBe(64);
    expect(() => serverLimits({ FUENTE_MAX_CONNECTIONS: 'lots' })).toThrow(/FUENTE_MAX_CONNECTIONS/);
  });
});

describe('readBodyAndKeepIt', () => {
  it('reads a body whole and leaves it for the handler to read again', async () => {
    const seen: string[] = [];
    const server = createServer((request, response) => {
      void (async () => {
        const body = await readBodyAndKeepIt(request, 1000);
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        seen.push(String(body), Buffer.concat(chunks).toString());
        response.end();
      })();
    });
    const port = await listen(server);
    const text = 'a=1&b=' + 'x'.repeat(200_000);
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: text });
    expect(seen).toEqual([text, text]);
  });

  it('gives up on a body that does not arrive in time', async () => {
    const results: (Buffer | null)[] = [];
    const server = createServer((request, response) => {
      void readBodyAndKeepIt(request, 200).then((body) => {
        results.push(body);
        response.end();
      });
    });
    const port = await listen(server);
    const socket = await idleConnection(port, '127.0.0.1');
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a little');
    await expect.poll(() => results.length, { timeout: 2000 }).toBe(1);
    expect(results[0]).toBeNull();
  });
});
