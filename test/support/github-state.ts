/**
 * In-memory repository state behind the loopback GitHub REST server
 * (see github-api-server.ts). Tests seed it directly:
 *
 *   const repo = server.state.repo('octo/hello');
 *   repo.addPullRequest({ number: 7, headSha: 'abc', headRef: 'feature' });
 *   repo.addComment(7, { body: 'hi', author: 'someone' });
 */
import { createHash } from 'node:crypto';

export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReactionRecord {
  id: number;
  commentId: number;
  content: ReactionContent;
  user: string;
  createdAt: string;
}

export interface PullRequestRecord {
  number: number;
  title: string;
  state: 'open' | 'closed';
  author: string;
  headSha: string;
  headRef: string;
  /** `owner/repo` of the head repository; differs from the base repository for forks. */
  headRepo: string;
  baseSha: string;
  baseRef: string;
}

export interface ArtifactRecord {
  id: number;
  runId: number;
  name: string;
  data: Buffer;
  expired: boolean;
  createdAt: string;
}

export interface CommitRecord {
  sha: string;
  branch: string;
  path: string;
  message: string;
}

export interface IssueRecord {
  number: number;
  isPullRequest: boolean;
}

/** Git's blob id for some content (what the contents API reports as `sha`). */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export class RepoState {
  defaultBranch = 'main';
  readonly issues = new Map<number, IssueRecord>();
  readonly comments: CommentRecord[] = [];
  /** ref (branch name or commit SHA) → path → file bytes. */
  readonly files = new Map<string, Map<string, Buffer>>();
  /** login → role; logins not listed get `none`. */
  readonly permissions = new Map<string, RepositoryRole>();
  readonly pulls: PullRequestRecord[] = [];
  readonly reactions: ReactionRecord[] = [];
  readonly artifacts: ArtifactRecord[] = [];
  readonly commits: CommitRecord[] = [];

  constructor(
    readonly owner: string,
    readonly name: string,
    private readonly world: GitHubState,
  ) {
    this.files.set(this.defaultBranch, new Map());
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  addIssue(number: number, options: { pullRequest?: boolean } = {}): IssueRecord {
    const existing = this.issues.get(number);
    if (existing) {
      existing.isPullRequest ||= options.pullRequest === true;
      return existing;
    }
    const issue = { number, isPullRequest: options.pullRequest === true };
    this.issues.set(number, issue);
    return issue;
  }

  /** Seeds a comment. The issue is created (as a PR) if it does not exist yet. */
  addComment(issueNumber: number, seed: { body: string; author?: string; createdAt?: string; updatedAt?: string; id?: number }): CommentRecord {
    if (!this.issues.has(issueNumber)) this.addIssue(issueNumber, { pullRequest: true });
    const createdAt = seed.createdAt ?? this.world.tick();
    const comment: CommentRecord = {
      id: seed.id ?? this.world.nextId(),
      issueNumber,
      body: seed.body,
      author: seed.author ?? 'someone-else',
      createdAt,
      updatedAt: seed.updatedAt ?? createdAt,
    };
    this.comments.push(comment);
    return comment;
  }

  /** Comments on one issue in GitHub's order (oldest first). */
  commentsOn(issueNumber: number): CommentRecord[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  }

  comment(id: number): CommentRecord | undefined {
    return this.comments.find((c) => c.id === id);
  }

  removeComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id);
    if (index < 0) return false;
    this.comments.splice(index, 1);
    return true;
  }

  setFile(ref: string, path: string, content: string | Buffer): void {
    let tree = this.files.get(ref);
    if (!tree) {
      tree = new Map();
      this.files.set(ref, tree);
    }
    tree.set(path.replace(/^\/+/, ''), typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  }

  getFile(ref: string, path: string): Buffer | undefined {
    return this.files.get(ref)?.get(path);
  }

  setPermission(login: string, role: RepositoryRole): void {
    this.permissions.set(login.toLowerCase(), role);
  }

  addPullRequest(seed: {
    number: number;
    headSha: string;
    headRef?: string;
    headRepo?: string;
    baseSha?: string;
    baseRef?: string;
    title?: string;
    author?: string;
    state?: 'open' | 'closed';
  }): PullRequestRecord {
    const pull: PullRequestRecord = {
      number: seed.number,
      title: seed.title ?? `Pull request #${seed.number}`,
      state: seed.state ?? 'open',
      author: seed.author ?? 'contributor',
      headSha: seed.headSha,
      headRef: seed.headRef ?? `feature-${seed.number}`,
      headRepo: seed.headRepo ?? this.fullName,
      baseSha: seed.baseSha ?? '0'.repeat(40),
      baseRef: seed.baseRef ?? this.defaultBranch,
    };
    this.pulls.push(pull);
    this.addIssue(seed.number, { pullRequest: true });
    return pull;
  }

  addArtifact(seed: { runId: number; name: string; data?: Buffer | string; expired?: boolean }): ArtifactRecord {
    const artifact: ArtifactRecord = {
      id: this.world.nextId(),
      runId: seed.runId,
      name: seed.name,
      data: typeof seed.data === 'string' ? Buffer.from(seed.data) : (seed.data ?? Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'binary')),
      expired: seed.expired ?? false,
      createdAt: this.world.tick(),
    };
    this.artifacts.push(artifact);
    return artifact;
  }
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  private idCounter = 1_000_000;
  private clock = Date.parse('2024-05-01T12:00:00Z');

  constructor(readonly htmlBaseUrl = 'https://github.com') {}

  /** Gets or creates a repository (`owner/name`, case-insensitive like GitHub). */
  repo(fullName: string): RepoState {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined) throw new Error(`repository must be owner/name, got ${fullName}`);
    const key = fullName.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = new RepoState(owner, name, this);
      this.repos.set(key, repo);
    }
    return repo;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  nextId(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  /** A deterministic clock: every call is one second later than the previous one. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}
