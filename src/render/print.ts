import { dump } from 'js-yaml';
import type { KubeObject } from '../kube/object.js';
import type { RenderedApp } from './types.js';

export const maskedValue = '********';

/** Secret values never leave the process in clear unless the user explicitly asks. */
export function maskSecret(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret') return object;
  const mask = (values: unknown) =>
    values && typeof values === 'object'
      ? Object.fromEntries(Object.keys(values).map((key) => [key, maskedValue]))
      : values;
  const masked: KubeObject = { ...object };
  if ('data' in object) masked.data = mask(object.data);
  if ('stringData' in object) masked.stringData = mask(object.stringData);
  return masked;
}

export function objectsToYaml(objects: KubeObject[], options: { showSecrets?: boolean } = {}): string {
  return objects
    .map((object) =>
      dump(options.showSecrets ? object : maskSecret(object), { noRefs: true, lineWidth: -1, sortKeys: false }),
    )
    .map((text) => `---\n${text}`)
    .join('');
}

/** One object as a file under `render -o DIR`: `<directory>/<name>`, both single, sanitised path segments. */
export interface ObjectFile {
  directory: string;
  name: string;
  content: string;
  /** Holds a Secret (masked or not): written 0600. */
  secret: boolean;
}

/** Longest name part of a file; keeps names under every file system's 255-byte limit with the prefix and suffix. */
const maxNameLength = 100;

/**
 * A kind, a name or a cluster as one path segment: anything but letters, digits, `.`, `_` and `-` becomes `_`
 * (so no `/`, `\`, NUL, control characters or non-ASCII), no leading dot (`..`, hidden files), capped length. Raw
 * manifests choose their names freely, so a name like `../../x` must not pick where its file is written.
 */
export function safeFileSegment(text: string, maxLength = maxNameLength): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
    .slice(0, maxLength);
  return cleaned.length > 0 ? cleaned : '_';
}

/** One file per object, named so that `ls` shows them in apply order. */
export function objectFiles(rendered: RenderedApp, options: { showSecrets?: boolean } = {}): ObjectFile[] {
  return rendered.objects.map(({ object }, index) => ({
    directory: safeFileSegment(rendered.cluster),
    name: `${String(index + 1).padStart(3, '0')}-${safeFileSegment(String(object.kind).toLowerCase(), 40)}-${safeFileSegment(String(object.metadata.name))}.yaml`,
    content: objectsToYaml([object], options),
    secret: object.kind === 'Secret',
  }));
}
