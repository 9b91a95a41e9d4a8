/**
 * The GitHub client, loaded on first use: Octokit and its HTTP stack are a large part of the bundle, and a run
 * loads them only once it talks to GitHub (after simulating), so the action's cold start does not pay for them.
 * The bundle keeps ./client.ts in a chunk of its own (scripts/build.mjs).
 */
import type { GitHubClient, GitHubClientOptions } from './client.js';

export async function loadGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./client.js');
  return createGitHubClient(options);
}
