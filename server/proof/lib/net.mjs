// TCP proxies on loopback (Node `net`): a flaky network that loses answers and cuts requests, a
// round-robin balancer, and a slow link. Each connection carries one exchange or a keep-alive run.
import net from 'node:net';

/** A seeded PRNG (mulberry32): the same seed replays the same fates. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function closer(server, sockets) {
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/**
 * One bar of rural signal, per connection: `cutRequests` of them are cut mid-request (part of the
 * request reaches the server, then both sides are reset); `dropResponses` reach the server whole,
 * the server answers, and the answer is thrown away (the client sees a reset); the rest pass.
 * Clients must send `Connection: close`, so the server's end marks its whole answer.
 */
export async function startFlakyProxy({ targetPort, dropResponses, cutRequests, random }) {
  const stats = { connections: 0, passed: 0, dropped: 0, cut: 0 };
  const sockets = new Set();
  const server = net.createServer((client) => {
    stats.connections += 1;
    const roll = random();
    const fate = roll < cutRequests ? 'cut' : roll < cutRequests + dropResponses ? 'drop' : 'pass';
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const forget = () => {
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', forget);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    if (fate === 'cut') {
      let cutAt = null;
      client.on('data', (chunk) => {
        if (cutAt !== null) return;
        cutAt = Math.max(1, Math.floor(random() * chunk.length));
        upstream.write(chunk.subarray(0, cutAt), () => {
          stats.cut += 1;
          // Give the server the partial bytes before the line goes dead.
          setTimeout(() => {
            upstream.resetAndDestroy();
            client.resetAndDestroy();
          }, 5);
        });
      });
      return;
    }
    client.pipe(upstream);
    if (fate === 'drop') {
      let answered = false;
      upstream.on('data', () => {
        answered = true;
      });
      upstream.on('end', () => {
        if (answered) stats.dropped += 1;
        client.resetAndDestroy();
      });
      return;
    }
    upstream.pipe(client);
    upstream.on('end', () => {
      stats.passed += 1;
    });
  });
  const port = await listen(server);
  return { port, stats, close: closer(server, sockets) };
}

/** Round robin over `targetPorts`, one choice per connection; a target that refuses is skipped. */
export async function startBalancer({ targetPorts }) {
  const sockets = new Set();
  const stats = { connections: 0, perTarget: Object.fromEntries(targetPorts.map((p) => [p, 0])) };
  let next = 0;
  const server = net.createServer((client) => {
    stats.connections += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.pause();
    const tryTarget = (left) => {
      const port = targetPorts[next++ % targetPorts.length];
      const upstream = net.connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        stats.perTarget[port] += 1;
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.once('error', () => {
        if (upstream.connecting === false && upstream.remoteAddress) return;
        if (left > 1) tryTarget(left - 1);
        else client.destroy();
      });
    };
    tryTarget(targetPorts.length);
  });
  const port = await listen(server);
  return { port, stats, close: closer(server, sockets) };
}

/**
 * A link whose answers arrive `delayMs` late: a provider that accepts, then takes its time to say
 * so. `held` counts answers given by the provider and not yet delivered: a sender killed while
 * one is held never learns that its message went.
 */
export async function startSlowLink({ targetPort, delayMs }) {
  const sockets = new Set();
  const link = { held: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      link.held += 1;
      setTimeout(() => {
        link.held -= 1;
        if (client.writable) client.write(chunk);
      }, delayMs);
    });
    upstream.on('end', () => setTimeout(() => client.end(), delayMs + 1));
  });
  const port = await listen(server);
  return Object.assign(link, { port, close: closer(server, sockets) });
}
