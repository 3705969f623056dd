/**
 * Props of the payment planner. Everything the island shows comes in through these — strings,
 * rules, citations, holidays — so it can be mounted anywhere (a custom element, a Shadow DOM)
 * without reading page state.
 */
import type { HolidayData } from '../../lib/holidays';
import type { PaymentForm, PaymentRuleSet } from '../../lib/calculators/payment-plan';

/** What the planner shows about a cited provision. */
export interface CiteInfo {
  /** Ready-made citation text, e.g. 《…操作指引（试行）》第一条. */
  cite: string;
  href: string;
  quote: string;
  summary: string;
  notes: string[];
}

export interface RuleOption extends PaymentRuleSet {
  /** Option text: short policy title · provision summary. */
  label: string;
  /** Option group: the policy's short title. */
  group: string;
  /** Text status badge ("征求意见稿", "官方解读摘要"), empty for official texts. */
  badge: string;
}

export interface PaymentPlannerProps {
  strings: Record<string, string>;
  rules: RuleOption[];
  cites: Record<string, CiteInfo>;
  holidays: HolidayData;
  fallbackLateRate: { provisionId: string; rate: string } | null;
  /** The site's worked example ("载入示例"). */
  example: PaymentForm;
  /** The form to start from: empty, or a widget host's preset. */
  start?: PaymentForm | undefined;
  milestonePresets: string[];
  datasetVersion: string;
  roundingNote: string;
  /** Host for calendar UIDs. */
  uidDomain: string;
  /** Prefix for element ids, so two planners can share a page. */
  idPrefix?: string;
  /** A static second copy on the page (the no-JavaScript example): regions as groups, controls unnamed. */
  staticCopy?: boolean;
  /** Page the shareable link opens (the full calculator when embedded). Default: this page. */
  shareBase?: string;
  /** A compact widget: the answer first, the details folded with a link to `shareBase`. */
  compact?: boolean;
}
