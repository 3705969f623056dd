/**
 * Care mode (关怀模式) when the host sets no `care`: on where the reader's system asks for more
 * contrast (`prefers-contrast: more`), as on the site's own pages; `care="0"` turns it off.
 * Returns a raw flag for `resolveTheme`, or null (no opinion).
 */
export function systemCare(): string | null {
  return typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches ? '1' : null;
}
