// Types of templates.precompiled.js (written by scripts/embed-templates.mjs): Handlebars template specs.
import type Handlebars from 'handlebars';

export declare const REPORT_TEMPLATE_SPEC: ReturnType<typeof Handlebars.precompile>;
export declare const SHORT_TEMPLATE_SPEC: ReturnType<typeof Handlebars.precompile>;
