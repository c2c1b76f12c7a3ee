// What a person reads of a Kubernetes API error: one line naming the object, the field and the cause. The API
// server's Status message for a validation error embeds the whole rejected value (an immutable Job template is a
// ~5 KB Go struct dump); cutting it at N characters keeps the dump and loses the cause, which comes last.

/** The parts of a Kubernetes `Status` body the engine looks at. */
export interface KubeStatus {
  kind?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    causes?: { type?: string; reason?: string; message?: string; field?: string }[];
    kind?: string;
    name?: string;
  };
}

/** Longest line we show; a cause is short, only dumped values make a message long. */
const maxLineChars = 300;
/** A rejected value up to this long is kept (`["10.96.0.1"]` tells something); a longer one is left out. */
const maxValueChars = 60;
/** Causes listed before "(+N more)". */
const maxCauses = 3;

/**
 * The one-line cause of a Status: `Job.batch "migrate" is invalid: spec.template: field is immutable`. Built from
 * details.causes (field + message without the dumped value) when the server sent them, else from the message.
 */
export function statusLine(status: KubeStatus, fallback = 'unknown API error'): string {
  const causes = (status.details?.causes ?? []).filter((cause) => cause.message || cause.field);
  const message = status.message ?? '';
  if (causes.length === 0) return capLine(withoutDumpedValue(firstLine(message)) || fallback);
  // `Job.batch "migrate" is invalid: <causes>`: keep the subject, rebuild the rest from the causes.
  const subject = /^(.*? is (?:invalid|forbidden)): /.exec(message)?.[1];
  const listed = causes.slice(0, maxCauses).map((cause) => {
    const text = withoutDumpedValue(firstLine(cause.message ?? ''));
    return cause.field ? `${cause.field}: ${text}` : text;
  });
  const more = causes.length > maxCauses ? ` (+${causes.length - maxCauses} more)` : '';
  return capLine(`${subject ? `${subject}: ` : ''}${listed.join('; ')}${more}`);
}

/** The one-line form of any error text a server or proxy sent (HTML, plain text, JSON that is not a Status). */
export function bodyLine(text: string, fallback: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ');
  const line = plain
    .split('\n')
    .map((part) => part.trim())
    .find((part) => part.length > 0);
  return line ? capLine(line) : fallback;
}

/**
 * `Invalid value: <value>: <cause>` → the cause alone when the value is long (the server prints the whole value;
 * its own syntax is not ours to parse, but the cause is always after the last `: `).
 */
function withoutDumpedValue(text: string): string {
  return text.replace(/Invalid value: (.*): ([^:]+)$/s, (whole, value: string, cause: string) =>
    value.length <= maxValueChars ? whole : cause.trim(),
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/** Cut by code points, never inside a surrogate pair. */
function capLine(text: string): string {
  const points = Array.from(text);
  return points.length <= maxLineChars ? text : `${points.slice(0, maxLineChars - 1).join('')}…`;
}
