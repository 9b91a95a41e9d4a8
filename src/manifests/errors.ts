/**
 * Errors of the manifests module. Every problem is the one Problem type of src/errors (file, line, column, field
 * path, message, hint), and every error thrown is a UserError.
 */
import { type Problem, UserError } from '../errors/index.js';

export { type Segment, formatPath, show } from '../errors/index.js';

/** Thrown by `loadProjectConfig` with every problem of the config file. */
export class ProjectConfigError extends UserError {
  constructor(problems: readonly Problem[]) {
    super(problems);
    this.name = 'ProjectConfigError';
  }
}
