/**
 * The run report's one home: the contract (RunReport and its parts), finalize (summary, fail-on outcome,
 * verdict), severity (flagged, ranking, the worst regression), consistency validation and merging.
 */
export * from './contract.js';
export { finalizeReport, verdictLine, describeRegression, type RunReportDraft } from './finalize.js';
export {
  compareSeverity,
  countsAsRegression,
  hasAcceptedRegression,
  isChange,
  isFlagged,
  rankFlagged,
  worstRegression,
  worstRegressionOfRun,
} from './severity.js';
export { reportInconsistencies } from './validate.js';
export { mergeRunReports } from './merge.js';
export { decodeRunReport, encodeRunReport, runReportFileChunks, runReportFileText } from './compact.js';
