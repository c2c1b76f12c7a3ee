/**
 * Rule 3 of the threat model: nothing executes from the repository. An exec plugin or auth-provider runs a command of
 * the file's choosing on the runner, with its environment (secrets included). Both ways a repository kubeconfig is
 * read (the spec's `path`, and a file inside the checkout found through KUBECONFIG) ask this one function.
 */
export function commandsRunBy(user: Record<string, unknown>): string | undefined {
  const exec = user.exec as { command?: unknown } | null | undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated fields, named as-is
  if (exec !== undefined) return `runs the exec plugin ${String(exec?.command ?? '')}`.trim();
  const authProvider = user['auth-provider'] as { name?: unknown } | null | undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- (as above)
  if (authProvider !== undefined) return `uses the ${String(authProvider?.name ?? '?')} auth-provider`;
  return undefined;
}

/** The one refusal message for a repository kubeconfig user that would run a command or read a runner file. */
export function refusedUserMessage(where: string, index: number, name: string, what: string): string {
  return (
    `${where}: users[${index}] (${name || 'unnamed'}) ${what}; a kubeconfig from the repository may not run ` +
    `commands or read files ${repositoryKubeconfigHint}`
  );
}

/** Where a kubeconfig that needs a command belongs instead. */
export const repositoryKubeconfigHint =
  '(put the kubeconfig in a secret and use kubeconfigEnv, or use the provider block for your cloud)';
