// Starts the built API as its own process and measures process start → first GraphQL answer.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { apiMain, root } from './api-modules.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /graphql; returns the parsed body (throws on network errors or non-JSON answers). */
export async function graphql(baseUrl, query, variables = {}, headers = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!res.ok || body.errors)
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

/**
 * Signs in through the GraphQL login mutation (as the web app does); returns the `Cookie` header
 * value (`name=value` pairs). Throws, naming `label`, when the login is refused.
 */
export async function signInCookie(baseUrl, email, password, label = email) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!res.ok || !cookies.length) throw new Error(`login of ${label} failed: ${await res.text()}`);
  return cookies.join('; ');
}

/**
 * Spawns `node api/dist/api/src/main.js` with the given environment and polls `{ __typename }`
 * every 10 ms. readyMs runs from just before spawn() to the first successful answer. nodeArgs go
 * before the script (e.g. `--cpu-prof`); pid is the API process (for RSS sampling).
 */
export async function startApp(env, { timeoutMs = 180_000, nodeArgs = [] } = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const childEnv = {
    ...process.env,
    NODE_ENV: 'development',
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, apiMain], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited;
  child.on('exit', (code, signal) => (exited = code ?? signal));
  const exitedPromise = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (exited !== undefined) return;
    child.kill('SIGTERM'); // the app closes HTTP, the pool and its embedded PostgreSQL
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 30_000, false)));
    const done = await Promise.race([exitedPromise.then(() => true), timeout]);
    clearTimeout(timer); // a pending 30 s timer would keep the bench alive after its last scenario
    if (!done) {
      child.kill('SIGKILL');
      await exitedPromise;
    }
  };

  while (performance.now() - started < timeoutMs) {
    if (exited !== undefined) {
      throw new Error(`API exited (${exited}) before answering. Last output:\n${output.join('\n')}`);
    }
    try {
      const body = await graphql(baseUrl, '{ __typename }');
      if (body.data?.__typename === 'Query')
        return { baseUrl, readyMs: performance.now() - started, stop, output, pid: child.pid };
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  await stop();
  throw new Error(`API did not answer within ${timeoutMs / 1000} s. Last output:\n${output.join('\n')}`);
}
