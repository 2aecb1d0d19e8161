import type { z } from 'zod';
import { DifyExportError } from '../errors.js';
import { notConsole, type DifySession } from './auth.js';
import type { DifyHttp } from './http.js';

/** Dify answered an app's endpoint with data we cannot use: that app is skipped for this run. */
export class DifyDataError extends DifyExportError {
  override name = 'DifyDataError';
  /** The HTTP status, when Dify answered with an error status. */
  status: number | undefined;
  /** The answer's body, when Dify answered with an error status (to tell 400s and 404s apart). */
  body: string | undefined;
}

/** 404 on an app's endpoint: the app may have been deleted since `/apps` listed it. */
export class DifyAppNotFoundError extends DifyDataError {
  override name = 'DifyAppNotFoundError';
}

function issueText(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(body)';
  return `field ${field}: ${issue.message}`;
}

/** GET a console endpoint as the session, renewing it on 401, and check the body with `schema`. */
export function createApi(http: DifyHttp, session: DifySession) {
  async function get<S extends z.ZodType>(
    path: string,
    schema: S,
    searchParams?: Record<string, string>,
  ): Promise<z.output<S>> {
    const target = (): string => `GET ${path.replace(/\/[0-9a-f-]{36}(?=\/|$)/gi, '/<id>')}`;
    for (let tries = 0; ; tries++) {
      const generation = session.generation;
      const res = await http({
        method: 'GET',
        path,
        session: true,
        ...(searchParams ? { searchParams } : {}),
      });
      if (res.status === 401 && tries < 6) {
        await session.unauthorized(generation, `${target()}: HTTP 401`, res.text);
        continue;
      }
      if (res.status === 401 || res.status === 403) {
        throw new DifyExportError(
          'DIFY_FORBIDDEN',
          'NOPERM',
          `Dify refused ${target()}: HTTP ${res.status}`,
          {
            hint: 'the account needs edit permission on the apps of the workspace',
          },
        );
      }
      // Outside an app, a missing endpoint means DIFY_API_URL is not Dify's base URL.
      if ((res.status === 404 || res.status === 405) && !path.startsWith('apps/'))
        throw notConsole(res.status);
      if (res.status === 404) {
        const error = new DifyAppNotFoundError(
          'DIFY_APP_NOT_FOUND',
          'DATAERR',
          `Dify answered ${target()} with HTTP 404 (app not found)`,
        );
        // A conversation deleted meanwhile answers 404 too ("Conversation Not Exists.").
        error.status = 404;
        error.body = res.text;
        throw error;
      }
      if (res.status !== 200) {
        const error = new DifyDataError(
          'DIFY_HTTP',
          'DATAERR',
          `Dify answered ${target()} with HTTP ${res.status}: ${res.text.slice(0, 200)}`,
        );
        error.status = res.status;
        error.body = res.text;
        throw error;
      }
      session.succeeded(generation);
      let body: unknown;
      try {
        body = JSON.parse(res.text);
      } catch {
        throw new DifyDataError(
          'DIFY_SCHEMA',
          'DATAERR',
          `Dify sent unexpected data: ${target()}: the body is not JSON`,
        );
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new DifyDataError(
          'DIFY_SCHEMA',
          'DATAERR',
          `Dify sent unexpected data: ${target()}: ${first ? issueText(first) : 'invalid'}`,
        );
      }
      return parsed.data;
    }
  }
  return { get };
}

export type DifyApi = ReturnType<typeof createApi>;
