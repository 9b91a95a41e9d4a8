import pkg from '../../package.json' with { type: 'json' };

/** The tool's release version (package.json), shown in reports. Not part of baselines. */
export const TOOL_VERSION: string = pkg.version;

/**
 * Where the action is published, for the "reproduce locally" commands in reports. The action overrides
 * it with GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF; the CLI uses the same default so that
 * `npm run dry-run` prints exactly the Markdown a pull request gets.
 */
export const ACTION_REPOSITORY = 'org/genz-action';
export const ACTION_REF = 'v1';

/** `npx --yes github:OWNER/REPO#REF`: runs the bundled CLI (dist/cli.js, the package's `genz` bin). */
export function reproducePrefix(env: Readonly<Record<string, string | undefined>>): string {
  if (env.GENZ_REPRODUCE_PREFIX) return env.GENZ_REPRODUCE_PREFIX;
  const repo = env.GITHUB_ACTION_REPOSITORY || ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF || ACTION_REF;
  return `npx --yes github:${repo}#${ref}`;
}
