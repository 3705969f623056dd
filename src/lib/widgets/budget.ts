/**
 * Size budget of a custom-element widget (issue 7): its JavaScript — the shared runtime
 * (Preact, decimal.js) plus the widget's own code — at most 35 KB after gzip. The widget's inlined
 * data (rules, citations, holidays, UI strings) is reported beside it, not counted in it.
 * Checked by test/site/widgets.test.ts, reported by scripts/bench-widgets.mjs.
 */
export const WIDGET_JS_BUDGET_GZIP = 35 * 1024;
