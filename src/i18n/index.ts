/**
 * UI strings. `zh-CN.json` is the single source of interface text; components call `t(key)`.
 * Keys are flat and dotted (`policy.toc`); `{name}` placeholders are filled from `vars`.
 */
import zhCN from './zh-CN.json';

export type UiKey = keyof typeof zhCN;

export function t(key: UiKey, vars: Record<string, string> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`missing placeholder {${k}} for ${key}`);
    return v;
  });
}
