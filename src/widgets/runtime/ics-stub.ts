/**
 * Stands in for `src/lib/export/ics.ts` in the custom-element bundles (see widget-bundles.ts):
 * the widgets do not offer the calendar export, so this is never called; if it were, the island
 * shows the failure message next to the export buttons.
 */
export function paymentsToIcs(): string {
  throw new Error('日历导出请在本站完整页面进行。');
}
