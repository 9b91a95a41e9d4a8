/**
 * A client from src/github/client.ts pointed at the loopback server, with
 * waits shrunk so retry and rate-limit paths run in milliseconds.
 */
import { createGitHubClient, type GitHubClient, type GitHubClientOptions, type GitHubClientTiming, type GitHubLogger } from '../../src/github/client.js';
import { DEFAULT_TEST_TOKEN, type GitHubApiServer } from './github-api-server.js';

/** Backoff and rate-limit units of 1 ms, and no write spacing. */
export const FAST_TIMING: GitHubClientTiming = { retryBaseDelayMs: 1, rateLimitDelayUnitMs: 1, spaceWrites: false };

export interface RecordingLogger extends GitHubLogger {
  lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: push('debug'), info: push('info'), warning: push('warning'), error: push('error') };
}

export function testClient(server: GitHubApiServer, overrides: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    token: DEFAULT_TEST_TOKEN,
    baseUrl: server.url,
    log: recordingLogger(),
    timing: FAST_TIMING,
    ...overrides,
  });
}
