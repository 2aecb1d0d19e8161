import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createClient } from 'redis';

/**
 * Real PostgreSQL and Redis servers for tests (SPEC §10a): Debian's binaries, started in a temp
 * directory on a unix socket (no port races), never the packages' own services, stopped after.
 */
export interface TestServer {
  /** The URL the exporter is given (`postgres://…?host=<socket dir>` or `unix://<socket>`). */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** A PostgreSQL server a test can also restart, or freeze as a network cut would look. */
export interface PgTestServer extends TestServer {
  /**
   * A fast shutdown (every session ended, as a restart or failover does), then the same data
   * directory started again on the same socket; `downMs` is how long it stays down.
   */
  restart(downMs?: number): Promise<void>;
  /**
   * SIGSTOP to the server and every one of its processes: connections stay open but nothing is
   * answered, as across a network cut. `thaw` sends SIGCONT.
   */
  freeze(): void;
  thaw(): void;
}

/** The pids of `pid` and all its descendants (from /proc). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid …: comm may hold spaces or parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const out: number[] = [];
  const walk = (p: number): void => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

function pgBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/**
 * The servers run on the real clock even when the suite runs under `faketime`: their clocks are
 * only ever compared with themselves (lease expiry, PX), and redis-server stalls under libfaketime.
 */
function serverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.LD_PRELOAD;
  return env;
}

/** uid/gid of the `postgres` user (PostgreSQL refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (line === undefined) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export const havePostgres = (): boolean => pgBinDir() !== undefined;
export const haveRedis = (): boolean =>
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

function waitExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

async function poll(
  what: string,
  probe: () => Promise<void>,
  child: ChildProcess,
  log: () => string,
) {
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited at start:\n${log()}`);
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what} did not start: ${String(error)}\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Spawns a server (on the real clock, see serverEnv) and waits until `probe` succeeds; its output
 * is kept for the error of a server that does not start. `log` is shared across restarts.
 */
async function spawnServer(
  what: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; uid?: number; gid?: number },
  probe: () => Promise<void>,
  log: { text: string } = { text: '' },
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    ...options,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (log.text += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (log.text += d));
  await poll(what, probe, child, () => log.text);
  return child;
}

/** Succeeds once a PostgreSQL (or a pooler in front of one) accepts a session at `url`. */
async function pgAnswers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
}

/** Stops a server with `signal` and removes its directory. */
async function stopServer(child: ChildProcess, signal: NodeJS.Signals, dir: string): Promise<void> {
  child.kill(signal);
  await waitExit(child);
  await fsp.rm(dir, { recursive: true, force: true });
}

export interface PostgresOptions {
  /**
   * `fsync=on` makes every commit wait for its WAL flush, as on a real server: for the bench, where
   * commit cost is measured. Tests keep it off (faster; a crash of a test server loses nothing of value).
   */
  fsync?: boolean;
}

/** initdb + postgres in a fresh temp dir, listening on a unix socket only; trust auth. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PgTestServer> {
  const bin = pgBinDir();
  if (bin === undefined) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  const user = postgresUser();
  const dir = await fsp.mkdtemp(join(tmpdir(), 'pg-'));
  await fsp.chmod(dir, 0o755);
  if (user) await fsp.chown(dir, user.uid, user.gid);
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const data = join(dir, 'data');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'],
    { ...ids, cwd: dir, encoding: 'utf8', env: serverEnv() },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const log = { text: '' };
  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`;
  const launch = (): Promise<ChildProcess> =>
    spawnServer(
      'postgres',
      join(bin, 'postgres'),
      [
        '-D',
        data,
        '-k',
        dir,
        '-c',
        'listen_addresses=',
        '-c',
        `fsync=${options.fsync === true ? 'on' : 'off'}`,
        '-c',
        'max_connections=200',
      ],
      { ...ids, cwd: dir },
      () => pgAnswers(url),
      log,
    );
  let child = await launch();
  const signalTree = (signal: NodeJS.Signals): void => {
    for (const pid of processTree(child.pid!))
      try {
        process.kill(pid, signal);
      } catch {
        // Gone meanwhile.
      }
  };
  return {
    url,
    dir,
    stop: async () => {
      signalTree('SIGCONT');
      await stopServer(child, 'SIGQUIT', dir);
    },
    restart: async (downMs = 0) => {
      signalTree('SIGCONT');
      // SIGINT: fast shutdown, every session is ended at once.
      child.kill('SIGINT');
      await waitExit(child);
      await new Promise((r) => setTimeout(r, downMs));
      child = await launch();
    },
    freeze: () => {
      signalTree('SIGSTOP');
    },
    thaw: () => {
      signalTree('SIGCONT');
    },
  };
}

/**
 * PgBouncer (Debian's `pgbouncer`) in session mode in front of `server`, on a unix socket in a
 * temp directory, run as the `postgres` user (it refuses root), for the "through a pooler in
 * session mode" deployment of docs/operating.md.
 */
export async function startPgBouncer(server: TestServer): Promise<TestServer> {
  const user = postgresUser();
  const dir = await fsp.mkdtemp(join(tmpdir(), 'pgbouncer-'));
  await fsp.chmod(dir, 0o755);
  if (user) await fsp.chown(dir, user.uid, user.gid);
  const port = 6432;
  const ini = join(dir, 'pgbouncer.ini');
  await fsp.writeFile(
    ini,
    [
      '[databases]',
      `postgres = host=${server.dir} user=postgres dbname=postgres`,
      '[pgbouncer]',
      'listen_addr =',
      `listen_port = ${String(port)}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = any',
      'pool_mode = session',
      'max_client_conn = 200',
      'default_pool_size = 100',
      '',
    ].join('\n'),
  );
  if (user) await fsp.chown(ini, user.uid, user.gid);
  // Debian installs it in /usr/sbin, which a non-root PATH may lack.
  const binary = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${String(port)}`;
  const child = await spawnServer(
    'pgbouncer',
    binary,
    [ini],
    { ...(user ? { uid: user.uid, gid: user.gid } : {}), cwd: dir },
    () => pgAnswers(url),
  );
  return {
    url,
    dir,
    stop: () => stopServer(child, 'SIGINT', dir),
  };
}

/** redis-server in a fresh temp dir, unix socket only, no persistence. */
export async function startRedis(extra: readonly string[] = []): Promise<TestServer> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'redis-'));
  const socket = join(dir, 'redis.sock');
  const url = `unix://${socket}`;
  const child = await spawnServer(
    'redis-server',
    'redis-server',
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--unixsocketperm',
      '700',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      ...extra,
    ],
    { cwd: dir },
    async () => {
      const client = createClient({ url });
      client.on('error', () => undefined);
      await client.connect();
      await client.ping();
      client.destroy();
    },
  );
  return {
    url,
    dir,
    stop: () => stopServer(child, 'SIGTERM', dir),
  };
}
