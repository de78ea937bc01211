import { resolve } from 'node:path';
import { isTimeZone } from './platform/time/deployment-time.ts';

/** The one place that reads process.env: parsed once at boot, frozen, typed. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** postgres://… selects PostgreSQL; absent means the embedded SQLite file under dataDir. */
  readonly databaseUrl: string | null;
  /** PostgreSQL: the role the running app connects as, granted its rights by `npm run migrate` (run as the owner). */
  readonly appDbRole: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** 32-byte key (base64) for AES-256-GCM encryption and keyed hashes of personal data. */
  readonly dataKey: Buffer;
  /** clamd's local socket: every upload is scanned for malware before it is parsed or stored. */
  readonly clamdSocket: string | null;
  readonly isProduction: boolean;
  /** Bearer token of the Prometheus scraper for /metrics; unset, the endpoint does not exist. */
  readonly metricsToken: string | null;
  readonly trustProxy: boolean;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly sms: SmsConfig;
  readonly seedDemo: boolean;
  readonly bodyLimitBytes: number;
  readonly webDir: string;
  /** Days after an enrollment policy closes until its documents and applicants' personal data are deleted. */
  readonly enrollmentRetentionDays: number;
  /**
   * The site's public address (https://jiaoyu.example.cn, no trailing slash): links that leave the request,
   * such as the admission notice's QR code, point here. Null: the host the request came to.
   */
  readonly publicUrl: string | null;
  /** Online map tiles under the cooperation map (lon/lat tiles, e.g. Tianditu vec_c), drawn bottom to top; none means the offline outlines only. */
  readonly mapTileUrls: readonly string[];
  /** The deployment's time zone (IANA name): "today", deadlines and notices are in it. */
  readonly timeZone: string;
  /** scrypt cost N for new password hashes (a power of two); production keeps at least 2^15. */
  readonly passwordScryptN: number;
}

export type SmsConfig = { readonly kind: 'dev' } | { readonly kind: 'http'; readonly url: string; readonly token: string; readonly sender: string };

const DEV_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const isProduction = env.NODE_ENV === 'production';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const appDbRole = env.APP_DB_ROLE || null;
  if (appDbRole && !/^[a-z_][a-z0-9_]{0,62}$/.test(appDbRole)) problems.push(`APP_DB_ROLE must be a plain PostgreSQL role name (got "${appDbRole}")`);
  if (appDbRole && !databaseUrl) problems.push('APP_DB_ROLE needs DATABASE_URL (it applies to PostgreSQL only)');

  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 24) problems.push('METRICS_TOKEN must be at least 24 characters (openssl rand -hex 16)');

  const publicUrl = parsePublicUrl(env.PUBLIC_URL, problems);

  const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}`);

  const rawKey = env.DATA_KEY || (isProduction ? '' : DEV_DATA_KEY);
  const dataKey = Buffer.from(rawKey, 'base64');
  if (dataKey.length !== 32) {
    problems.push('DATA_KEY must be 32 random bytes in base64 (openssl rand -base64 32); it is required when NODE_ENV=production');
  }

  let sms: SmsConfig = { kind: 'dev' };
  const smsKind = env.SMS_SENDER || 'dev';
  if (smsKind === 'http') {
    const url = env.SMS_GATEWAY_URL ?? '';
    if (!/^https?:\/\//.test(url)) problems.push('SMS_GATEWAY_URL must be an http(s) URL when SMS_SENDER=http');
    sms = { kind: 'http', url, token: env.SMS_GATEWAY_TOKEN ?? '', sender: env.SMS_SENDER_NAME ?? 'Shuangcheng' };
  } else if (smsKind !== 'dev') {
    problems.push('SMS_SENDER must be dev or http');
  } else if (isProduction) {
    problems.push('SMS_SENDER=dev only logs codes; set SMS_SENDER=http in production');
  }

  const mapTileUrls = (env.MAP_TILE_URLS ?? '').split(/\s+/).filter(Boolean);
  for (const url of mapTileUrls) {
    if (!/^https?:\/\//.test(url) || !['{z}', '{x}', '{y}'].every((part) => url.includes(part)))
      problems.push(`MAP_TILE_URLS must list http(s) URLs with {z}, {x} and {y} (got "${url}")`);
  }

  const timeZone = env.TZ || 'Asia/Shanghai';
  if (!isTimeZone(timeZone)) problems.push(`TZ must be an IANA time zone such as Asia/Shanghai (got "${timeZone}")`);

  // Tests lower the cost to keep the suite fast; production never goes below 2^15.
  const passwordScryptN = int('PASSWORD_SCRYPT_N', 2 ** 15, isProduction ? 2 ** 15 : 2 ** 4, 2 ** 20);
  if ((passwordScryptN & (passwordScryptN - 1)) !== 0) problems.push(`PASSWORD_SCRYPT_N must be a power of two (got "${env.PASSWORD_SCRYPT_N}")`);

  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl,
    appDbRole,
    clamdSocket: env.CLAMD_SOCKET || null,
    metricsToken: env.METRICS_TOKEN || null,
    isProduction,
    logLevel,
    dataKey,
    trustProxy: bool('TRUST_PROXY', false),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    sms,
    seedDemo: bool('SEED_DEMO', !isProduction),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    webDir: resolve(env.WEB_DIR || './dist/web'),
    enrollmentRetentionDays: int('ENROLLMENT_RETENTION_DAYS', 180, 0, 3650),
    publicUrl,
    mapTileUrls: Object.freeze(mapTileUrls),
    timeZone,
    passwordScryptN,
  };
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return Object.freeze(config);
}

/** An http(s) address, optionally with a path prefix; kept without its trailing slash so paths can be appended. */
function parsePublicUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  let url: URL | null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    problems.push(`PUBLIC_URL must be an http(s) URL such as https://jiaoyu.example.cn, without query or credentials (got "${raw}")`);
    return null;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
