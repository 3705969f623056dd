/**
 * The box every widget renders in, in an iframe page or a shadow root: applies the validated
 * theme with the CSSOM (never a style attribute in HTML, so strict CSPs hold) and watches the
 * elements marked `data-output` to report the result to the host.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { CARE_MIN_FONT_SIZE_PX, type WidgetTheme } from '../../lib/widgets/theme';
import { sameOutputs } from '../../lib/widgets/protocol';
import type { RejectedInput } from '../../lib/widgets/inputs';

export type ThemeMode = 'frame' | 'shadow';

/**
 * Sets the theme on the widget root. In a frame the root font size is the page's (`rem` units);
 * in a shadow root `rem` would be the host's, so the widget CSS uses `--xyhf-rem` instead.
 */
export function applyTheme(el: HTMLElement, theme: WidgetTheme, mode: ThemeMode): void {
  // Care mode keeps its own (AAA) colours and never shrinks below the browser's default size.
  const careRoot = mode === 'shadow' ? el : el.ownerDocument.documentElement;
  if (theme.care) careRoot.setAttribute('data-care', '');
  else careRoot.removeAttribute('data-care');
  const px = theme.care ? Math.max(theme.fontSizePx, CARE_MIN_FONT_SIZE_PX) : theme.fontSizePx;
  if (theme.care) {
    el.style.removeProperty('--brand');
    el.style.removeProperty('--brand-dark');
  } else {
    el.style.setProperty('--brand', theme.primary);
    el.style.setProperty('--brand-dark', theme.primaryDark);
  }
  if (mode === 'shadow') el.style.setProperty('--xyhf-rem', `${px}px`);
  else el.ownerDocument.documentElement.style.setProperty('font-size', `${px}px`);
  if (theme.compact) el.setAttribute('data-compact', '');
  else el.removeAttribute('data-compact');
}

/**
 * Output name → value of every `[data-output]` element under `root`: its `data-value` if the
 * island gives a machine value, else a form control's value, else its text (whitespace collapsed).
 */
export function readOutputs(root: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLElement>('[data-output]')) {
    const name = el.dataset.output;
    if (!name || Object.hasOwn(out, name)) continue;
    // Form controls (a read-only link field, say) hold their value in `.value`, not in text.
    const control = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    out[name] = el.dataset.value ?? (control ? el.value : (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * Links inside a widget open in a new tab (never navigate the host page or the frame away), and
 * in a shadow root site-relative links (`/policies/…`) point at our site, not the host's.
 */
export function fixLinks(root: ParentNode, linkBase: string | null): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    if (linkBase && raw.startsWith('/') && !raw.startsWith('//')) a.setAttribute('href', new URL(raw, linkBase).href);
    if (!raw.startsWith('#')) {
      a.target = '_blank';
      a.rel = 'noopener';
    }
  }
}

interface WidgetRootProps {
  id: string;
  /** Origin (with trailing slash) that site-relative links resolve against; null = the document's. */
  linkBase?: string | null | undefined;
  title: string;
  theme: WidgetTheme;
  mode: ThemeMode;
  /** Called with the outputs whenever they change (and once after mount). */
  onOutputs?: ((outputs: Record<string, string>) => void) | undefined;
  /** What the host preset that could not be used, and the sentence that introduces the list. */
  rejected: RejectedInput[];
  notice: string;
  children: ComponentChildren;
}

export function WidgetRoot({ id, title, theme, mode, linkBase = null, onOutputs, rejected, notice, children }: WidgetRootProps) {
  const ref = useRef<HTMLElement>(null);
  const report = useRef(onOutputs);
  report.current = onOutputs;

  useLayoutEffect(() => {
    if (ref.current) applyTheme(ref.current, theme, mode);
  }, [theme.primary, theme.fontSizePx, theme.compact, theme.care, mode]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let last: Record<string, string> | null = null;
    let queued = false;
    const check = () => {
      queued = false;
      fixLinks(root, linkBase);
      const now = readOutputs(root);
      if (last && sameOutputs(last, now)) return;
      last = now;
      report.current?.(now);
    };
    // Batches the many mutations of one render into one report.
    const schedule = () => {
      if (!queued) {
        queued = true;
        setTimeout(check, 0);
      }
    };
    const mo = new MutationObserver(schedule);
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-output', 'data-value', 'href'] });
    schedule();
    return () => mo.disconnect();
  }, []);

  return (
    <section ref={ref} class="xyhf-root" data-widget={id} aria-label={title}>
      {rejected.length > 0 && (
        // Said first and in words: a mistyped article or rule id is never silently replaced.
        <p class="notice" data-output="rejected-inputs">
          {notice}
          {rejected.map((r) => `${r.label}“${r.value}”`).join('、')}
        </p>
      )}
      {children}
    </section>
  );
}
