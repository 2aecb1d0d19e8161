import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface SimAuthOptions {
  /** `cookie` (≥ 1.9.2, default) or `legacy` (≤ 1.9.1: tokens in the login body, bearer header). */
  mode?: 'cookie' | 'legacy';
  /** Cookie names get the `__Host-` prefix (https console without COOKIE_DOMAIN). */
  secure?: boolean;
  /** ≥ 1.11.2 (default true): the password field is the Base64 of the UTF-8 password. */
  passwordBase64?: boolean;
  /** ≤ 1.7.x: a wrong password is 400 `email_or_password_mismatch` instead of 401. */
  legacyPasswordErrors?: boolean;
  /** 1.7–1.8: `password` must pass `valid_password` (≥ 8 chars, letters and digits) before it is checked. */
  validatesPassword?: boolean;
  /** 1.7–1.8 with sign-up allowed: an unknown email answers 200 with a password-reset token in `data`. */
  unknownEmailResetToken?: boolean;
  /** ≥ 1.11.0 (default true): the admin API key skips the CSRF check; before, cookie-era Dify answers 401. */
  adminKeyBypassesCsrf?: boolean;
  email?: string;
  password?: string;
  /** Enables the admin API key (self-hosted): `Bearer <key>` + `X-WORKSPACE-ID`. */
  adminKey?: string;
  /** An access token serves this many authenticated requests, then answers "Token has expired.". */
  tokenExpiresAfter?: number;
  /** Failed logins allowed before 429 `email_code_login_limit`. */
  loginFailLimit?: number;
}

export type AuthResult =
  { ok: true } | { ok: false; status: number; body: Record<string, unknown> };

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

const unauthorized = (message: string): AuthResult => ({
  ok: false,
  status: 401,
  body: { code: 'unauthorized', message, status: 401 },
});

/** Dify's console auth (DIFY-API.md §1): login, rotation of refresh tokens, CSRF, admin key. */
export class SimAuth {
  readonly opts: SimAuthOptions;
  readonly email: string;
  readonly password: string;
  #access = new Map<string, { uses: number }>();
  #refresh = new Set<string>();
  #csrf = new Set<string>();
  #failures = 0;
  /** Every token value handed out, so tests can assert none leaks into output. */
  readonly issued: string[] = [];

  constructor(
    opts: SimAuthOptions,
    readonly workspaceId: string,
  ) {
    this.opts = opts;
    this.email = (opts.email ?? 'admin@example.com').toLowerCase();
    this.password = opts.password ?? 'correct horse battery staple';
  }

  get prefix(): string {
    return this.opts.secure ? '__Host-' : '';
  }

  #issue(): { access: string; refresh: string; csrf: string } {
    const t = {
      access: `eyJ${randomBytes(24).toString('hex')}`,
      refresh: randomBytes(64).toString('hex'),
      csrf: `eyJcsrf${randomBytes(16).toString('hex')}`,
    };
    this.#access.set(t.access, { uses: 0 });
    this.#refresh.add(t.refresh);
    this.#csrf.add(t.csrf);
    this.issued.push(t.access, t.refresh, t.csrf);
    return t;
  }

  #cookies(t: { access: string; refresh: string; csrf: string }): string[] {
    const tail = `Path=/; SameSite=Lax${this.opts.secure ? '; Secure' : ''}`;
    const p = this.prefix;
    return [
      `${p}access_token=${t.access}; HttpOnly; Max-Age=3600; ${tail}`,
      `${p}refresh_token=${t.refresh}; HttpOnly; Max-Age=2592000; ${tail}`,
      `${p}csrf_token=${t.csrf}; Max-Age=3600; ${tail}`,
    ];
  }

  #passwordMatches(given: unknown): boolean {
    if (typeof given !== 'string') return false;
    if (this.opts.passwordBase64 === false) return given === this.password;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(given) || given.length % 4 !== 0) return false;
    return Buffer.from(given, 'base64').toString('utf8') === this.password;
  }

  login(body: Record<string, unknown>): { status: number; body: unknown; cookies: string[] } {
    const email = typeof body.email === 'string' ? body.email.toLowerCase() : '';
    // reqparse's `type=valid_password` runs before any account lookup (libs/password.py).
    if (
      this.opts.validatesPassword &&
      !(typeof body.password === 'string' && /^(?=.*[a-zA-Z])(?=.*\d).{8,}$/.test(body.password))
    ) {
      const message =
        'Invalid password: the password must be at least 8 characters long and contain letters and numbers.';
      return {
        status: 400,
        body: { code: 'invalid_param', message, params: 'password', status: 400 },
        cookies: [],
      };
    }
    if (this.#failures >= (this.opts.loginFailLimit ?? 20)) {
      const message = 'Too many incorrect password attempts. Please try again later.';
      return {
        status: 429,
        body: { code: 'email_code_login_limit', message, status: 429 },
        cookies: [],
      };
    }
    if (email !== this.email && this.opts.unknownEmailResetToken) {
      // AccountNotFoundError with sign-up allowed: a reset mail is sent and its token returned.
      const token = randomBytes(16).toString('hex');
      this.issued.push(token);
      return {
        status: 200,
        body: { result: 'fail', data: token, code: 'account_not_found' },
        cookies: [],
      };
    }
    if (email !== this.email || !this.#passwordMatches(body.password)) {
      this.#failures++;
      if (this.opts.legacyPasswordErrors) {
        const message = 'The email or password is mismatched.';
        return {
          status: 400,
          body: { code: 'email_or_password_mismatch', message, status: 400 },
          cookies: [],
        };
      }
      const message = 'Invalid email or password.';
      return {
        status: 401,
        body: { code: 'authentication_failed', message, status: 401 },
        cookies: [],
      };
    }
    const t = this.#issue();
    if (this.opts.mode === 'legacy')
      return {
        status: 200,
        body: { result: 'success', data: { access_token: t.access, refresh_token: t.refresh } },
        cookies: [],
      };
    return { status: 200, body: { result: 'success' }, cookies: this.#cookies(t) };
  }

  refresh(
    req: IncomingMessage,
    body: Record<string, unknown>,
  ): { status: number; body: unknown; cookies: string[] } {
    const legacy = this.opts.mode === 'legacy';
    const given = legacy
      ? body.refresh_token
      : parseCookies(req.headers.cookie).get(`${this.prefix}refresh_token`);
    if (typeof given !== 'string' || given === '')
      return {
        status: 401,
        body: { result: 'fail', message: 'No refresh token provided' },
        cookies: [],
      };
    if (!this.#refresh.has(given))
      return {
        status: 401,
        body: { result: 'fail', message: 'Invalid refresh token' },
        cookies: [],
      };
    // Refresh tokens rotate: the old one is deleted from Redis.
    this.#refresh.delete(given);
    const t = this.#issue();
    if (legacy)
      return {
        status: 200,
        body: { result: 'success', data: { access_token: t.access, refresh_token: t.refresh } },
        cookies: [],
      };
    return { status: 200, body: { result: 'success' }, cookies: this.#cookies(t) };
  }

  /** The guard of every `@login_required` console endpoint, GET included. */
  guard(req: IncomingMessage): AuthResult {
    const cookies = parseCookies(req.headers.cookie);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookieToken =
      this.opts.mode === 'legacy' ? undefined : cookies.get(`${this.prefix}access_token`);
    if (
      this.opts.adminKey !== undefined &&
      bearer === this.opts.adminKey &&
      cookieToken === undefined
    ) {
      if (req.headers['x-workspace-id'] !== this.workspaceId)
        return unauthorized('Invalid Authorization token.');
      // 1.9.2–1.10.x: the key logs the request in, then check_csrf_token finds no cookie.
      if (this.opts.mode !== 'legacy' && this.opts.adminKeyBypassesCsrf === false)
        return unauthorized('CSRF token is missing or invalid.');
      return { ok: true };
    }
    // The cookie wins over the header (#39871: an admin key sent with cookies then fails CSRF).
    const token = cookieToken ?? bearer;
    if (token === undefined) return unauthorized('Invalid Authorization token.');
    const state = this.#access.get(token);
    if (!state)
      return unauthorized(
        token === this.opts.adminKey ? 'CSRF token is missing or invalid.' : 'Invalid token.',
      );
    const limit = this.opts.tokenExpiresAfter;
    if (limit !== undefined && state.uses >= limit) return unauthorized('Token has expired.');
    if (this.opts.mode !== 'legacy') {
      const header = req.headers['x-csrf-token'];
      const cookie = cookies.get(`${this.prefix}csrf_token`);
      if (typeof header !== 'string' || header !== cookie || !this.#csrf.has(header))
        return unauthorized('CSRF token is missing or invalid.');
    }
    state.uses++;
    return { ok: true };
  }
}
