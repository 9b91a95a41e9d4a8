/** Compatibility path: the RunReport contract lives in src/run-report/ (its one home). */
export * from '../run-report/contract.js';
