import { ExitCode } from './errors.js';
import type { Settings } from './settings/types.js';

export interface CommandIO {
  env: Record<string, string | undefined>;
  write: (text: string) => void;
  mode: 'cli' | 'actions';
}

/** plan / deploy / delete / preview against the spec's clusters. */
export async function runClusterCommand(settings: Settings, io: CommandIO): Promise<number> {
  io.write(`${settings.command}: not wired yet\n`);
  return ExitCode.Failure;
}
