// One deadline for everything a browser test waits for (hydration, a result, a navigation, a
// poll). It only bounds what never happens: nothing is asserted about speed, and the suite runs
// on a busy 2-core machine, so it is generous. Speed is measured by scripts/bench-*.mjs.

/** Milliseconds a site test waits for something that must happen. */
export const WAIT_MS = 60_000;
