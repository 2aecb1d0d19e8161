import { z } from 'zod';
import type { DifyAuth } from '../config/config.js';
import { DifyExportError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Redactor } from '../redact.js';
import { consoleCookies, type ConsoleCookies } from './cookies.js';
import type { DifyHttp, DifyResponse } from './http.js';

export type PasswordEncoding = 'base64' | 'plain';

type Tokens =
  | { mode: 'legacy'; access: string; refresh: string }
  | ({ mode: 'cookie' } & ConsoleCookies)
  | { mode: 'admin-key'; token: string; workspaceId: string };

const legacyBody = z.object({
  result: z.string(),
  data: z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1) }),
});
const envelope = z.object({
  result: z.string().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  params: z.unknown().optional(),
  data: z.unknown().optional(),
});

function parse(res: DifyResponse): z.infer<typeof envelope> {
  try {
    const r = envelope.safeParse(JSON.parse(res.text));
    return r.success ? r.data : {};
  } catch {
    return {};
  }
}

const rejected = (message: string, hint: string): DifyExportError =>
  new DifyExportError('DIFY_AUTH', 'NOPERM', message, { hint });

/** A login URL that does not exist: DIFY_API_URL points somewhere else than Dify. */
export function notConsole(status: number): DifyExportError {
  return new DifyExportError(
    'DIFY_NOT_FOUND',
    'UNAVAILABLE',
    `no Dify console API at DIFY_API_URL (HTTP ${status})`,
    {
      hint: 'set DIFY_API_URL to the base URL of Dify (the console API is under /console/api)',
    },
  );
}

const CREDENTIALS_HINT =
  'check DIFY_EMAIL and DIFY_PASSWORD (and DIFY_PASSWORD_ENCODING for Dify before 1.11.2)';

export interface AuthDeps {
  http: DifyHttp;
  auth: DifyAuth;
  encoding: 'auto' | PasswordEncoding;
  remembered: PasswordEncoding | undefined;
  redactor: Redactor;
  log: Logger;
}

/**
 * The console session (SPEC §5.1): legacy bearer tokens (≤ 1.9.1) or cookies plus CSRF (≥ 1.9.2),
 * detected from the login answer, or the admin API key. An expired token is renewed once by
 * refresh, then by a new login; every request that meets the expiry waits for the same renewal,
 * because refresh tokens rotate and a second refresh with the old one would fail.
 */
export class DifySession {
  #tokens: Tokens | undefined;
  #renewal: Promise<void> | undefined;
  #strikes = 0;
  /** Bumped on every renewal; a 401 for an older generation only needs a retry. */
  generation = 0;
  passwordEncoding: PasswordEncoding | undefined;

  constructor(private readonly deps: AuthDeps) {
    if (deps.auth.mode === 'admin-key') {
      this.#tokens = {
        mode: 'admin-key',
        token: deps.auth.token,
        workspaceId: deps.auth.workspaceId,
      };
    }
  }

  get mode(): Tokens['mode'] | undefined {
    return this.#tokens?.mode;
  }

  headers(): Record<string, string> {
    const t = this.#tokens;
    if (!t) return {};
    if (t.mode === 'admin-key')
      return { authorization: `Bearer ${t.token}`, 'x-workspace-id': t.workspaceId };
    if (t.mode === 'legacy') return { authorization: `Bearer ${t.access}` };
    // CSRF is checked on every console request, GET included, since 1.9.2.
    return {
      cookie: `${t.names.access}=${t.access}; ${t.names.csrf}=${t.csrf}`,
      'x-csrf-token': t.csrf,
    };
  }

  #learn(tokens: Tokens): void {
    if (tokens.mode === 'legacy') {
      this.deps.redactor.add(tokens.access);
      this.deps.redactor.add(tokens.refresh);
    } else if (tokens.mode === 'cookie') {
      for (const v of [tokens.access, tokens.refresh, tokens.csrf]) this.deps.redactor.add(v);
    }
    this.#tokens = tokens;
  }

  #order(): PasswordEncoding[] {
    const { encoding, remembered } = this.deps;
    if (encoding !== 'auto') return [encoding];
    const first = remembered ?? 'base64';
    return [first, first === 'base64' ? 'plain' : 'base64'];
  }

  async login(): Promise<void> {
    const auth = this.deps.auth;
    if (auth.mode !== 'password') return;
    let invalidField = false;
    for (const enc of this.#order()) {
      const password =
        enc === 'base64' ? Buffer.from(auth.password, 'utf8').toString('base64') : auth.password;
      const res = await this.deps.http({
        method: 'POST',
        path: 'login',
        json: { email: auth.email, password, remember_me: true },
      });
      const body = parse(res);
      if (res.status === 200 && body.result === 'success') {
        this.#fromLogin(res);
        this.passwordEncoding = enc;
        this.deps.log.debug({ mode: this.mode, password_encoding: enc }, 'logged in to Dify');
        return;
      }
      if (res.status === 200) throw this.#refused(body);
      // 1.8+ answers 401 authentication_failed; 1.7.x 400 email_or_password_mismatch.
      const wrong =
        (res.status === 401 && body.code === 'authentication_failed') ||
        (res.status === 400 && body.code === 'email_or_password_mismatch');
      if (wrong) continue;
      // 1.7–1.8 validate the field (≥ 8 characters, letters and digits) before checking it: a
      // Base64 value without a digit is refused as a parameter, so the other encoding may pass.
      invalidField =
        res.status === 400 && body.code === 'invalid_param' && body.params === 'password';
      if (invalidField) continue;
      if (res.status === 404 || res.status === 405) throw notConsole(res.status);
      if (res.status === 429)
        throw rejected(
          'Dify refused the login: too many failed attempts',
          'wait, then check the credentials',
        );
      throw rejected(
        `Dify refused the login: HTTP ${res.status} ${body.code ?? ''}`.trim(),
        CREDENTIALS_HINT,
      );
    }
    if (invalidField)
      throw rejected(
        'Dify refused the password field as invalid (HTTP 400 invalid_param)',
        'Dify 1.7–1.8 accept only passwords of at least 8 characters with letters and digits; check DIFY_PASSWORD and DIFY_PASSWORD_ENCODING',
      );
    throw rejected('Dify rejected the email or password', CREDENTIALS_HINT);
  }

  /**
   * A 200 with `result: fail`. On 1.7–1.8 an unknown email on an instance that allows sign-up
   * answers with a password-reset token in `data` (and mails a reset link): that value is a
   * secret and is never copied into a message.
   */
  #refused(body: z.infer<typeof envelope>): DifyExportError {
    const data = typeof body.data === 'string' ? body.data : '';
    if (!/workspace not found/i.test(data)) this.deps.redactor.add(data);
    if (body.code === 'account_not_found')
      return rejected('Dify knows no account with DIFY_EMAIL', 'check DIFY_EMAIL');
    return rejected(
      'Dify refused the login: the account belongs to no workspace',
      'invite the account to a workspace',
    );
  }

  #fromLogin(res: DifyResponse): void {
    const legacy = legacyBody.safeParse(safeJson(res.text));
    if (legacy.success) {
      this.#learn({
        mode: 'legacy',
        access: legacy.data.data.access_token,
        refresh: legacy.data.data.refresh_token,
      });
      return;
    }
    const cookies = consoleCookies(res.headers.getSetCookie());
    if (!cookies)
      throw rejected(
        'Dify accepted the login but sent neither tokens nor session cookies',
        'check that DIFY_API_URL points at the console (not a proxy that strips Set-Cookie)',
      );
    this.#learn({ mode: 'cookie', ...cookies });
  }

  async #refresh(): Promise<boolean> {
    const t = this.#tokens;
    if (!t || t.mode === 'admin-key') return false;
    const res = await this.deps.http(
      t.mode === 'legacy'
        ? { method: 'POST', path: 'refresh-token', json: { refresh_token: t.refresh } }
        : {
            method: 'POST',
            path: 'refresh-token',
            headers: { cookie: `${t.names.refresh}=${t.refresh}` },
          },
    );
    if (res.status !== 200) return false;
    if (t.mode === 'legacy') {
      const legacy = legacyBody.safeParse(safeJson(res.text));
      if (!legacy.success) return false;
      this.#learn({
        mode: 'legacy',
        access: legacy.data.data.access_token,
        refresh: legacy.data.data.refresh_token,
      });
      return true;
    }
    const cookies = consoleCookies(res.headers.getSetCookie());
    if (!cookies) return false;
    this.#learn({ mode: 'cookie', ...cookies });
    return true;
  }

  /** A request that worked before. */
  succeeded(generation: number): void {
    if (generation === this.generation) this.#strikes = 0;
  }

  /**
   * A request sent with `generation` got 401. Renews once for everyone (refresh, else a new
   * login); a 401 right after a fresh login means the credentials are no longer accepted (77).
   */
  async unauthorized(generation: number, what: string, answer = ''): Promise<void> {
    // The key bypasses CSRF only from 1.11.0; cookie-era Dify before that asks for a CSRF cookie.
    if (this.#tokens?.mode === 'admin-key' && answer.includes('CSRF token is missing'))
      throw rejected(
        'the admin API key needs Dify ≥ 1.11; use DIFY_EMAIL/DIFY_PASSWORD',
        'Dify 1.9.2–1.10.x check a CSRF cookie that the admin API key cannot carry',
      );
    if (this.#tokens?.mode === 'admin-key')
      throw rejected(
        `Dify rejected the admin API key: ${what}`,
        'check DIFY_API_TOKEN, DIFY_WORKSPACE_ID and ADMIN_API_KEY_ENABLE on the Dify side',
      );
    if (generation !== this.generation) return;
    this.#renewal ??= this.#renew(what).finally(() => {
      this.#renewal = undefined;
    });
    await this.#renewal;
  }

  async #renew(what: string): Promise<void> {
    this.#strikes++;
    if (this.#strikes > 2)
      throw rejected(`Dify keeps rejecting the session: ${what}`, CREDENTIALS_HINT);
    const refreshed = this.#strikes === 1 && (await this.#refresh());
    if (!refreshed) await this.login();
    this.deps.log.debug({ how: refreshed ? 'refresh' : 'login' }, 'renewed the Dify session');
    this.generation++;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
