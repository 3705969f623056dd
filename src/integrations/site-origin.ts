/**
 * The site's public origin, a build setting: every absolute URL the build writes (snippets, the
 * widget manifest and scripts, share links, /data/ records, calendar UIDs) is made from it.
 *
 *   XYHF_ORIGIN=https://kjt.example.gov.cn npm run build
 *
 * Unset, the build uses a placeholder (`DEFAULT_SITE_ORIGIN`), which is fine for a local preview
 * and wrong anywhere else. The value must be a bare origin (scheme, host, optional port): the
 * site is served from the root of its host.
 */

/** The environment variable that sets the public origin. */
export const SITE_ORIGIN_ENV = 'XYHF_ORIGIN';

/** The placeholder origin used when the setting is absent. */
export const DEFAULT_SITE_ORIGIN = 'https://xyhf.example.cn';

/** `env[XYHF_ORIGIN]` checked and normalised (`https://Host.cn/` → `https://host.cn`), or the placeholder. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env[SITE_ORIGIN_ENV]?.trim();
  if (!raw) return DEFAULT_SITE_ORIGIN;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`${SITE_ORIGIN_ENV}="${raw}" is not a URL; give the site's origin, e.g. https://kjt.example.gov.cn`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`${SITE_ORIGIN_ENV}="${raw}": only http(s) origins`);
  if (u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== '')) {
    throw new Error(`${SITE_ORIGIN_ENV}="${raw}" must be an origin only (scheme://host[:port]), without path, query or credentials`);
  }
  return u.origin;
}
