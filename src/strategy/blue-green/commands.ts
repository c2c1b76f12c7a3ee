/** The command a report tells the user to run next, for one blue-green component. */
export function nextCommand(action: 'promote' | 'abort', component: string): string {
  return `k8deployer ${action} --component ${component}`;
}
