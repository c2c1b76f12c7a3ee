/** The command a report tells the user to run next (app-wide, with the deploy's own spec and cluster flags). */
export function nextCommand(action: 'promote' | 'abort', _component: string): string {
  return `k8deployer ${action}`;
}
