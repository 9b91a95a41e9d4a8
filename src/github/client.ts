/**
 * The one place that builds a GitHub REST client.
 *
 * It is @actions/github's Octokit (REST endpoint methods + pagination, proxy
 * aware) with two plugins:
 *   - @octokit/plugin-retry: retries server errors (5xx, network failures)
 *     with quadratic backoff; never retries 4xx answers that cannot change.
 *   - @octokit/plugin-throttling: on primary (`x-ratelimit-remaining: 0`) and
 *     secondary (`retry-after` / "secondary rate limit") limits it waits and
 *     retries a bounded number of times, then gives up so the job fails
 *     instead of hanging.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { redactSecrets } from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Same method names as @actions/core, so `core` itself can be passed. */
export interface GitHubLogger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export interface GitHubClientTiming {
  /** Retry backoff unit: the n-th retry waits n² × this. Default 1000 ms. */
  retryBaseDelayMs?: number;
  /** Rate-limit waits are `retry-after` seconds × this. Default 1000 ms. */
  rateLimitDelayUnitMs?: number;
  /**
   * Keep GitHub's recommended spacing between writes (≥1 s between mutating
   * requests, ≥3 s between notification-triggering ones such as new comments).
   * Default true; tests turn it off.
   */
  spaceWrites?: boolean;
}

export interface GitHubClientOptions {
  token: string;
  /** Defaults to $GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  log?: GitHubLogger;
  /** Retries for server errors. Default 3. */
  retries?: number;
  /** Retries after hitting a rate limit. Default 2. */
  rateLimitRetries?: number;
  /** Give up instead of waiting longer than this for a rate limit to reset. Default 120 s. */
  maxRateLimitWaitSeconds?: number;
  timing?: GitHubClientTiming;
}

export const DEFAULT_USER_AGENT = 'genz-action';

/**
 * Statuses that a retry cannot fix. 429 is listed so that rate limits are
 * handled only by the throttling plugin (which honours `retry-after`).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/** Without a logger: quiet, except warnings and errors go to stderr. */
const defaultLogger: GitHubLogger = {
  debug: () => {},
  info: () => {},
  warning: (message) => console.warn(message),
  error: (message) => console.error(message),
};

type LimiterGroup = NonNullable<ThrottlingOptions['write']>;

/** A stand-in for a Bottleneck group that runs jobs immediately (used when spaceWrites is off). */
function unthrottledGroup(): LimiterGroup {
  const limiter = {
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve().then(() => job(...args)),
  };
  return { key: () => limiter } as unknown as LimiterGroup;
}

function stringify(args: unknown[]): string {
  return args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('A GitHub token is required (input `github-token`, default `${{ github.token }}`).');
  const token = options.token;
  const log = options.log ?? defaultLogger;
  const safe = (message: string) => redactSecrets(message, token);
  const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const retries = options.retries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const timing = options.timing ?? {};

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries) {
        log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retr${retryCount === 1 ? 'y' : 'ies'}.`));
        return false;
      }
      if (retryAfter > maxWait) {
        log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; it resets in ${retryAfter}s, longer than the ${maxWait}s this action waits.`));
        return false;
      }
      log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; retrying after ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries}).`));
      return true;
    };

  const throttle: ThrottlingOptions = {
    id: 'genz-action',
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: timing.rateLimitDelayUnitMs ?? 1000,
    ...(timing.spaceWrites === false ? { write: unthrottledGroup(), notifications: unthrottledGroup() } : {}),
  };

  // No `request` option on purpose: it would replace @actions/github's proxy-aware fetch.
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      log: {
        debug: (...args: unknown[]) => log.debug(safe(stringify(args))),
        info: (...args: unknown[]) => log.info(safe(stringify(args))),
        warn: (...args: unknown[]) => log.warning(safe(stringify(args))),
        error: (...args: unknown[]) => log.error(safe(stringify(args))),
      },
      retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: timing.retryBaseDelayMs ?? 1000 },
      throttle,
    },
    retry,
    throttling,
  );
}
