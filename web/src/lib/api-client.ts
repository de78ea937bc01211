import { currentLocale, i18n } from './i18n.ts';
import { queryClient, sessionQueryKey } from './query-client.ts';

export interface FieldError {
  /** A JSON pointer into the request ('/nameZh', '/seats/2/seats') or a label such as '第 17 行 / 学段'. */
  field: string;
  message: string;
}

/** Every failed request: the server's code and its message, already in the caller's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** From Retry-After on a 429: when asking again can work. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  /** Extra request headers, e.g. an Idempotency-Key that makes a retried POST harmless. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | null = null;

/** The session and sign-in answers carry the token every unsafe request must echo. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

export function apiUrl(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const session = await send<{ csrfToken: string }>('GET', '/auth/session', {});
  csrfToken = session.csrfToken;
  return csrfToken;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: FieldError[] } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const retryAfter = Number(response.headers.get('retry-after'));
    return new ApiError(response.status, error.code, error.message, error.fields ?? [], retryAfter > 0 ? retryAfter : null);
  }
  return new ApiError(response.status, 'http.unexpected', i18n.t('errors.unexpected', { status: response.status }));
}

async function send<T>(method: string, path: string, { query, body, headers: extra, signal }: RequestOptions, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale(), ...extra };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser writes the multipart boundary itself
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (UNSAFE.has(method)) headers['x-csrf-token'] = await ensureCsrfToken();

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { method, headers, body: payload, signal, credentials: 'same-origin' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network.unreachable', i18n.t('errors.network'));
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;

  const error = await toApiError(response);
  // The token changes when a session starts or ends (e.g. in another tab): fetch the current one and try once more.
  if (error.code === 'request.csrf_failed' && !retried) {
    csrfToken = null;
    return send<T>(method, path, { query, body, headers: extra, signal }, true);
  }
  if (error.status === 401 && error.code === 'auth.required') void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  throw error;
}

/** Fetches a file (an export, a template) and hands it to the browser as a download. */
async function download(path: string, query: QueryParams = {}, fallbackName = 'download'): Promise<void> {
  const response = await fetch(apiUrl(path, query), { headers: { 'accept-language': currentLocale() }, credentials: 'same-origin' }).catch(() => {
    throw new ApiError(0, 'network.unreachable', i18n.t('errors.network'));
  });
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The one way the web app talks to the server. */
export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => send<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: QueryParams, headers?: Record<string, string>) => send<T>('POST', path, { body, query, headers }),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, { body }),
  delete: <T>(path: string) => send<T>('DELETE', path, {}),
  download,
};
