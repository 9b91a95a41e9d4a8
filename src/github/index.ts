// Types only: the client itself is loaded on first use (./lazy-client.ts).
export type { GitHubClient, GitHubClientOptions, GitHubClientTiming, GitHubLogger } from './client.js';
export { loadGitHubClient } from './lazy-client.js';
export * from './comments.js';
export * from './contents.js';
export * from './context.js';
export * from './errors.js';
export * from './permissions.js';
export * from './pulls.js';
