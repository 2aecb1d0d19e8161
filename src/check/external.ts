import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { CheckLine } from './line.js';

/**
 * Opens a TCP (and for https a verified TLS) connection to the external API and closes it: proves
 * DNS, routing, firewall and certificate without sending a request, so nothing can be ingested.
 */
export async function checkExternal(url: string, timeoutMs: number): Promise<CheckLine> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const port = Number(u.port || (secure ? 443 : 80));
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const name = 'external API';
  try {
    await new Promise<void>((resolve, reject) => {
      const socket: Socket = secure
        ? tlsConnect({ host, port, servername: host, timeout: timeoutMs }, () => {
            resolve();
          })
        : netConnect({ host, port, timeout: timeoutMs }, () => {
            resolve();
          });
      socket.once('timeout', () => {
        reject(new Error(`timed out after ${timeoutMs / 1000}s`));
      });
      socket.once('error', reject);
      const done = (): void => {
        socket.destroy();
      };
      socket.once('connect', done);
      socket.once('secureConnect', done);
    });
    return {
      ok: true,
      name,
      detail: `${secure ? 'TLS' : 'TCP'} connection to ${u.host} (nothing sent)`,
    };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return {
      ok: false,
      name,
      detail: `cannot connect to ${u.host}: ${e.code ?? e.message}`,
      exit: 'UNAVAILABLE',
      hint: secure
        ? 'check EXTERNAL_API_URL, DNS, firewalls and the certificate (NODE_EXTRA_CA_CERTS for a private CA)'
        : 'check EXTERNAL_API_URL, DNS and firewalls',
    };
  }
}
