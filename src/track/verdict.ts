import { ObjectStatus } from '../events.js';

export interface Readiness {
  status: ObjectStatus;
  message: string;
  /** Ready, but the user should know something (paused rollout, OnDelete strategy). */
  warning?: string;
}

export function ready(message: string, warning?: string): Readiness {
  return warning ? { status: ObjectStatus.Ready, message, warning } : { status: ObjectStatus.Ready, message };
}

export function inProgress(message: string): Readiness {
  return { status: ObjectStatus.InProgress, message };
}

export function conditionText(type: string, entry: { status: string; reason?: string; message?: string }): string {
  const reason = entry.reason ? ` (${entry.reason})` : '';
  const message = entry.message ? `: ${entry.message}` : '';
  return `${type}=${entry.status}${reason}${message}`;
}
