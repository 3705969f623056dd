// Checks a page's CSP meta policy text. Pure functions, so they are easy to reason about.

/** Pages allowed to add 'wasm-unsafe-eval' (Pagefind runs WebAssembly). */
export const WASM_ALLOWED = new Set(['/search/']);

export function cspProblems(urlPath: string, policies: string[]): string[] {
  const problems: string[] = [];
  if (policies.length === 0) problems.push('no <meta http-equiv="content-security-policy"> in <head>');
  for (const policy of policies) {
    const tokens = policy
      .split(/[;\s]+/)
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    if (tokens.includes("'unsafe-inline'")) problems.push(`CSP contains 'unsafe-inline': ${policy}`);
    if (tokens.includes("'unsafe-eval'")) problems.push(`CSP contains 'unsafe-eval': ${policy}`);
    if (tokens.includes("'wasm-unsafe-eval'") && !WASM_ALLOWED.has(urlPath)) {
      problems.push(`CSP contains 'wasm-unsafe-eval' (only ${[...WASM_ALLOWED].join(', ')} may): ${policy}`);
    }
    if (!tokens.includes('default-src')) problems.push(`CSP has no default-src: ${policy}`);
  }
  return problems;
}
