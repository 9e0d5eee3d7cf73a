/**
 * Whether an operation only reads (`Describe*`, `List*`, `Get*`): AWS's naming convention, which
 * holds for every read in the services the sandbox speaks. Reads never change a sandbox's state.
 */
export function isReadOperation(operation: string): boolean {
  return /^(Describe|List|Get)[A-Z]/.test(operation);
}
