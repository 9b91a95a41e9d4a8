/** Terminal tables live in src/report/table.ts (renderers); re-exported for the CLI's commands. */
export { renderTable, formatRelError, formatCount, type Column } from '../report/table.js';
