import pkg from '../../package.json' with { type: 'json' };

/** The tool's release version (package.json), shown in reports. Not part of baselines. */
export const TOOL_VERSION: string = pkg.version;

/**
 * OWNER/REPO of a package.json `repository` field on GitHub ("github:o/r", "https://github.com/o/r.git",
 * { url: "git+https://github.com/o/r.git" }, "o/r"), or null when it names no GitHub repository.
 */
export function githubRepositoryOf(field: unknown): string | null {
  const url = typeof field === 'string' ? field : typeof field === 'object' && field !== null ? (field as { url?: unknown }).url : null;
  if (typeof url !== 'string') return null;
  const m =
    /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git:\/\/github\.com\/|git@github\.com:)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return m && !/^(https?|git)/.test(m[1]) ? m[1] : null;
}

/**
 * The command that runs this genz-action, for the "reproduce locally" and refresh commands in reports. Never a
 * placeholder: in the action, the repository and ref it was used as (GITHUB_ACTION_REPOSITORY,
 * GITHUB_ACTION_REF: `npx --yes github:OWNER/REPO#REF`, running the bundled CLI, the package's `genz` bin); in
 * the CLI, the package.json `repository` at this version; without one, `npx genz` (the locally installed bin).
 * GENZ_REPRODUCE_PREFIX overrides all of them.
 */
export function reproducePrefix(env: Readonly<Record<string, string | undefined>>, repository: unknown = (pkg as { repository?: unknown }).repository): string {
  if (env.GENZ_REPRODUCE_PREFIX) return env.GENZ_REPRODUCE_PREFIX;
  if (env.GITHUB_ACTION_REPOSITORY) return `npx --yes github:${env.GITHUB_ACTION_REPOSITORY}${env.GITHUB_ACTION_REF ? `#${env.GITHUB_ACTION_REF}` : ''}`;
  const repo = githubRepositoryOf(repository);
  return repo ? `npx --yes github:${repo}#v${TOOL_VERSION}` : 'npx genz';
}
