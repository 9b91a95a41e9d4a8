/** Report renderers over a RunReport: Markdown (comment, job summary), annotations, terminal text. */
export * from '../run-report/index.js';
export { renderMarkdown, fitComment, fitSummary, buildContext, createReportEnvironment, defaultUpdateCommand, truncate } from './render.js';
export type { RenderOptions, FitOptions, FitLevel, FitResult, ReportContext, ScenarioEntry, SloEntry } from './render.js';
export { annotationsFor } from './annotations.js';
export { renderHtml, escapeHtml } from './html.js';
export type { Annotation, AnnotationLimits } from './annotations.js';
export { renderTextSummary, renderRunTable } from './text.js';
export type { RunTableRow } from './text.js';
export { escapeMarkdown, codeSpan, plainText } from './escape.js';
export { REPORT_TEMPLATE, SHORT_TEMPLATE } from './templates.js';
