import { currentLocale, i18n } from './i18n.ts';
import { queryClient, sessionQueryKey } from './query-client.ts';

// The one client of both apps (the staff app and the families' phone app): JSON, the CSRF token echoed on
// unsafe requests, errors as { error: { code, message } }. It must stay light: the phone downloads it too.

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

/** A list is sent as the key repeated (`ids=a&ids=b`), as the server's array parameters read it. */
export type QueryParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export interface RequestOptions {
  query?: QueryParams;
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
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const session = await send<{ csrfToken: string }>('GET', '/auth/session');
  csrfToken = session.csrfToken;
  return csrfToken;
}

// The "family" messages are the part of the message files that both apps load.
const networkError = () => new ApiError(0, 'network.unreachable', i18n.t('family.errors.network'));

function toApiError(status: number, body: unknown, retryAfterHeader: string | null = null): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: FieldError[] } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const retryAfter = Number(retryAfterHeader);
    return new ApiError(status, error.code, error.message, error.fields ?? [], retryAfter > 0 ? retryAfter : null);
  }
  return new ApiError(status, 'http.unexpected', i18n.t('family.errors.unexpected', { status }));
}

/** After a 401 the session has ended (timed out, signed out elsewhere): the route guard shows the sign-in page. */
function onFailure(error: ApiError): void {
  if (error.status === 401 && error.code === 'auth.required') void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

async function baseHeaders(method: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale(), ...extra };
  if (UNSAFE.has(method)) headers['x-csrf-token'] = await ensureCsrfToken();
  return headers;
}

async function send<T>(method: string, path: string, body?: unknown, { query, headers: extra, signal }: RequestOptions = {}, retried = false): Promise<T> {
  const headers = await baseHeaders(method, extra);
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser writes the multipart boundary itself
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { method, headers, body: payload, signal, credentials: 'same-origin' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw networkError();
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;

  const error = toApiError(response.status, await response.json().catch(() => null), response.headers.get('retry-after'));
  // The token changes when a session starts or ends (e.g. in another tab): fetch the current one and try once more.
  if (error.code === 'request.csrf_failed' && !retried) {
    csrfToken = null;
    return send<T>(method, path, body, { query, headers: extra, signal }, true);
  }
  onFailure(error);
  throw error;
}

export interface UploadOptions {
  /** 0…1 as the bytes leave the device (the server's inspection comes after 1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** A multipart POST through XMLHttpRequest: fetch cannot report upload progress. */
async function upload<T>(path: string, form: FormData, { onProgress, signal }: UploadOptions = {}, retried = false): Promise<T> {
  const headers = await baseHeaders('POST');
  const result = await new Promise<{ status: number; body: unknown; retryAfter: string | null }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', apiUrl(path));
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.response as unknown, retryAfter: request.getResponseHeader('retry-after') });
    request.onerror = () => reject(networkError());
    request.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
  if (result.status >= 200 && result.status < 300) return result.body as T;
  const error = toApiError(result.status, result.body, result.retryAfter);
  if (error.code === 'request.csrf_failed' && !retried) {
    csrfToken = null;
    return upload<T>(path, form, { onProgress, signal }, true);
  }
  onFailure(error);
  throw error;
}

/** Fetches a file (an export, a template, an admission notice) and hands it to the browser as a download. */
async function download(path: string, query: QueryParams = {}, fallbackName = 'download'): Promise<void> {
  const response = await fetch(apiUrl(path, query), { headers: { 'accept-language': currentLocale() }, credentials: 'same-origin' }).catch(() => {
    throw networkError();
  });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
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

/** The one way both apps talk to the server. */
export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => send<T>('GET', path, undefined, { query, signal }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => send<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  delete: <T>(path: string) => send<T>('DELETE', path),
  upload,
  download,
};
