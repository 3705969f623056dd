declare namespace App {
  interface Locals {
    /** Id of the policy document a page renders, so its `<Clause>`s can look up their relations. */
    policyId?: string;
  }
}
