import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponseWriteBatch } from '../../../src/server/response-write-batch';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  vi.restoreAllMocks();
});

async function serve(batch: ResponseWriteBatch, answer: (path: string) => { status: number; headers: Record<string, string>; body: string }): Promise<number> {
  server = createServer((req, res) => batch.send(res, answer(req.url ?? '/')));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ResponseWriteBatch', () => {
  it('answers every one of many concurrent requests with its own status, headers and body', async () => {
    const port = await serve(new ResponseWriteBatch(), (path) => ({ status: path === '/7' ? 400 : 200, headers: { 'x-path': path }, body: `é${path}` }));
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => get(port, `/${i}`)));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(i === 7 ? 400 : 200);
      expect(answer.headers['x-path']).toBe(`/${i}`);
      expect(answer.body).toBe(`é/${i}`);
      // Counted in bytes, not characters.
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(`é/${i}`)));
    });
  });

  it("writes an answer sent 'now' before send returns, and a batched one only after the handler's turn", async () => {
    const batch = new ResponseWriteBatch();
    const sentOnReturn: Record<string, boolean> = {};
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      batch.send(res, { status: 200, headers: {}, body: path }, path === '/now' ? 'now' : 'with-batch');
      sentOnReturn[path] = res.headersSent;
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    expect((await get(port, '/now')).body).toBe('/now');
    expect((await get(port, '/later')).body).toBe('/later');
    expect(sentOnReturn).toEqual({ '/now': true, '/later': false });
  });

  it('drops the connection of an answer that cannot be written, and still sends the rest of its batch', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const port = await serve(new ResponseWriteBatch(), (path) => ({ status: 200, headers: path === '/bad' ? { 'x-bad': 'line\nbreak' } : ({} as Record<string, string>), body: path }));
    const [good, bad, alsoGood] = await Promise.allSettled([get(port, '/a'), get(port, '/bad'), get(port, '/b')]);
    expect(good).toMatchObject({ status: 'fulfilled', value: { body: '/a' } });
    expect(bad.status).toBe('rejected');
    expect(alsoGood).toMatchObject({ status: 'fulfilled', value: { body: '/b' } });
    expect(logged).toHaveBeenCalledWith('aws endpoint: could not write an answer', expect.any(Error));
  });
});
