/**
 * The box every widget renders in, in an iframe page or a shadow root: applies the validated
 * theme with the CSSOM (never a style attribute in HTML, so strict CSPs hold) and watches the
 * elements marked `data-output` to report the result to the host.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { WidgetTheme } from '../../lib/widgets/theme';
import { sameOutputs } from '../../lib/widgets/protocol';

export type ThemeMode = 'frame' | 'shadow';

/**
 * Sets the theme on the widget root. In a frame the root font size is the page's (`rem` units);
 * in a shadow root `rem` would be the host's, so the widget CSS uses `--xyhf-rem` instead.
 */
export function applyTheme(el: HTMLElement, theme: WidgetTheme, mode: ThemeMode): void {
  el.style.setProperty('--brand', theme.primary);
  el.style.setProperty('--brand-dark', theme.primaryDark);
  if (mode === 'shadow') el.style.setProperty('--xyhf-rem', `${theme.fontSizePx}px`);
  else el.ownerDocument.documentElement.style.setProperty('font-size', `${theme.fontSizePx}px`);
  if (theme.compact) el.setAttribute('data-compact', '');
  else el.removeAttribute('data-compact');
}

/**
 * Output name → value of every `[data-output]` element under `root`: its `data-value` if the
 * island gives a machine value, else its text (whitespace collapsed).
 */
export function readOutputs(root: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLElement>('[data-output]')) {
    const name = el.dataset.output;
    if (!name || Object.hasOwn(out, name)) continue;
    out[name] = el.dataset.value ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return out;
}

interface WidgetRootProps {
  id: string;
  title: string;
  theme: WidgetTheme;
  mode: ThemeMode;
  /** Called with the outputs whenever they change (and once after mount). */
  onOutputs?: ((outputs: Record<string, string>) => void) | undefined;
  children: ComponentChildren;
}

export function WidgetRoot({ id, title, theme, mode, onOutputs, children }: WidgetRootProps) {
  const ref = useRef<HTMLElement>(null);
  const report = useRef(onOutputs);
  report.current = onOutputs;

  useLayoutEffect(() => {
    if (ref.current) applyTheme(ref.current, theme, mode);
  }, [theme.primary, theme.fontSizePx, theme.compact, mode]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let last: Record<string, string> | null = null;
    let queued = false;
    const check = () => {
      queued = false;
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
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-output', 'data-value'] });
    schedule();
    return () => mo.disconnect();
  }, []);

  return (
    <section ref={ref} class="xyhf-root" data-widget={id} aria-label={title}>
      {children}
    </section>
  );
}
