#!/usr/bin/env node
/**
 * Extracts the handful of GitHub REST operations this action uses from
 * GitHub's published OpenAPI description (the `@octokit/openapi` package)
 * into a small fixture: test/fixtures/github/rest-operations.json.
 *
 * The loopback GitHub server used by the tests (test/support/github-api-server.ts)
 * checks every request against that fixture, so a client call with a wrong
 * method, path, parameter type or request body fails the tests.
 *
 * The description package is ~385 MB unpacked, so it is NOT a dependency of
 * this repository. To regenerate the fixture (e.g. after changing the version
 * below), make the package available for one run:
 *
 *   # with npx (the script finds the package through the node_modules/.bin
 *   # directory that npx puts first on PATH):
 *   npx -y -p @octokit/openapi@23.0.2 -c 'node scripts/extract-github-openapi.mjs'
 *
 *   # or install it temporarily, run, and remove it again:
 *   npm install --no-save @octokit/openapi@23.0.2
 *   node scripts/extract-github-openapi.mjs
 *   npm prune
 *
 *   # or unpack the tarball anywhere and pass its directory:
 *   (cd /tmp && npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-23.0.2.tgz)
 *   node scripts/extract-github-openapi.mjs --package-dir /tmp/package
 *
 * Then review the diff of the fixture and run `npx vitest run test/github`.
 *
 * Options:
 *   --package-dir DIR   directory of the unpacked @octokit/openapi package
 *                       (default: $GITHUB_OPENAPI_DIR, else the first of
 *                       node_modules/@octokit/openapi and the npx directories on PATH)
 *   --out FILE          output path (default: test/fixtures/github/rest-operations.json)
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DESCRIPTION_FILE = 'generated/api.github.com.deref.json';

/**
 * The operations the action uses. `name` is our own short handle (used by
 * the test server's route table); method + path identify the operation in
 * the description, and the extracted operationId is cross-checked.
 */
const OPERATIONS = [
  { name: 'listIssueComments', method: 'get', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', operationId: 'issues/list-comments' },
  { name: 'createIssueComment', method: 'post', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', operationId: 'issues/create-comment' },
  { name: 'updateIssueComment', method: 'patch', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}', operationId: 'issues/update-comment' },
  { name: 'deleteIssueComment', method: 'delete', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}', operationId: 'issues/delete-comment' },
  { name: 'getContent', method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', operationId: 'repos/get-content' },
  { name: 'createOrUpdateFileContents', method: 'put', path: '/repos/{owner}/{repo}/contents/{path}', operationId: 'repos/create-or-update-file-contents' },
  {
    name: 'getCollaboratorPermissionLevel',
    method: 'get',
    path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    operationId: 'repos/get-collaborator-permission-level',
  },
  {
    name: 'createReactionForIssueComment',
    method: 'post',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    operationId: 'reactions/create-for-issue-comment',
  },
  {
    name: 'listPullRequestsAssociatedWithCommit',
    method: 'get',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    operationId: 'repos/list-pull-requests-associated-with-commit',
  },
  { name: 'getPullRequest', method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', operationId: 'pulls/get' },
  {
    name: 'listWorkflowRunArtifacts',
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    operationId: 'actions/list-workflow-run-artifacts',
  },
  {
    name: 'downloadArtifact',
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    operationId: 'actions/download-artifact',
  },
];

function parseArgs(argv) {
  const args = { packageDir: process.env.GITHUB_OPENAPI_DIR || null, out: join(repoRoot, 'test/fixtures/github/rest-operations.json') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--package-dir' || flag === '--out') && value === undefined) {
      throw new Error(`${flag} needs a value`);
    }
    if (flag === '--package-dir') {
      args.packageDir = resolve(value);
      i++;
    } else if (flag === '--out') {
      args.out = resolve(value);
      i++;
    } else {
      throw new Error(`unknown argument: ${flag}`);
    }
  }
  args.packageDir ??= findPackageDir();
  return args;
}

/** The repository's node_modules first, then any `.../node_modules/.bin` on PATH (npx puts its own there). */
function findPackageDir() {
  const candidates = [join(repoRoot, 'node_modules')];
  for (const entry of (process.env.PATH ?? '').split(delimiter)) {
    if (entry.endsWith(`node_modules${sep}.bin`)) candidates.push(resolve(entry, '..'));
  }
  const found = candidates.map((dir) => join(dir, '@octokit', 'openapi')).find((dir) => existsSync(join(dir, DESCRIPTION_FILE)));
  return found ?? join(repoRoot, 'node_modules/@octokit/openapi');
}

/** Keeps the validation-relevant parts of a JSON schema; drops prose and examples. */
function slimSchema(schema) {
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const key of ['type', 'format', 'enum', 'nullable', 'required', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'default']) {
    if (schema[key] !== undefined) out[key] = schema[key];
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, slimSchema(v)]));
  }
  if (schema.additionalProperties !== undefined) {
    out.additionalProperties = typeof schema.additionalProperties === 'object' ? slimSchema(schema.additionalProperties) : schema.additionalProperties;
  }
  if (schema.items) out.items = slimSchema(schema.items);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(schema[key])) out[key] = schema[key].map(slimSchema);
  }
  return out;
}

function slimParameter(param) {
  const out = { name: param.name, required: param.required === true, type: param.schema?.type ?? 'string' };
  for (const key of ['format', 'enum', 'default', 'minimum', 'maximum']) {
    if (param.schema?.[key] !== undefined) out[key] = param.schema[key];
  }
  return out;
}

function extractOperation(description, wanted) {
  const op = description.paths?.[wanted.path]?.[wanted.method];
  if (!op) throw new Error(`operation ${wanted.method.toUpperCase()} ${wanted.path} is not in the description`);
  if (op.operationId !== wanted.operationId) {
    throw new Error(`${wanted.method.toUpperCase()} ${wanted.path}: expected operationId ${wanted.operationId}, found ${op.operationId}`);
  }
  const params = op.parameters ?? [];
  const statuses = Object.keys(op.responses ?? {})
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  // Success = any 2xx, plus 302 for redirecting downloads. 304 is conditional-request only.
  const successStatuses = statuses.filter((s) => (s >= 200 && s < 300) || s === 302);
  if (successStatuses.length === 0) throw new Error(`${wanted.operationId}: no success status`);
  let requestBody = null;
  if (op.requestBody) {
    const json = op.requestBody.content?.['application/json'];
    if (!json) throw new Error(`${wanted.operationId}: request body is not application/json`);
    requestBody = { required: op.requestBody.required === true, contentType: 'application/json', schema: slimSchema(json.schema) };
  }
  return {
    name: wanted.name,
    operationId: op.operationId,
    method: wanted.method.toUpperCase(),
    path: wanted.path,
    summary: op.summary,
    docs: op.externalDocs?.url ?? null,
    pathParameters: params.filter((p) => p.in === 'path').map(slimParameter),
    queryParameters: params.filter((p) => p.in === 'query').map(slimParameter),
    requestBody,
    successStatus: successStatuses[0],
    successStatuses,
    responseStatuses: statuses,
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const pkgJsonPath = join(args.packageDir, 'package.json');
  const descriptionPath = join(args.packageDir, DESCRIPTION_FILE);
  if (!existsSync(descriptionPath)) {
    throw new Error(`cannot find ${descriptionPath}; see the header of this script for how to fetch @octokit/openapi temporarily`);
  }
  const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
  const description = JSON.parse(readFileSync(descriptionPath, 'utf8'));
  const fixture = {
    source: {
      package: pkg.name,
      packageVersion: pkg.version,
      file: DESCRIPTION_FILE,
      openapi: description.openapi,
      infoTitle: description.info?.title ?? null,
      infoVersion: description.info?.version ?? null,
      plan: description.info?.['x-github-plan'] ?? null,
    },
    generatedBy: 'scripts/extract-github-openapi.mjs',
    operations: OPERATIONS.map((wanted) => extractOperation(description, wanted)),
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(fixture, null, 2)}\n`);
  console.log(`wrote ${fixture.operations.length} operations from ${pkg.name}@${pkg.version} (info.version ${fixture.source.infoVersion}) to ${args.out}`);
}

try {
  main();
} catch (err) {
  console.error(`extract-github-openapi: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
