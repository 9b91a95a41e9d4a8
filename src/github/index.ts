export * from './client.js';
export * from './comments.js';
export * from './contents.js';
export * from './context.js';
export * from './errors.js';
export * from './permissions.js';
export * from './pulls.js';
