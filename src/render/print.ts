import { dump } from 'js-yaml';
import type { KubeObject } from '../kube/object.js';
import type { RenderedApp } from './types.js';

export const maskedValue = '********';

/** Secret values never leave the process in clear unless the user explicitly asks. */
export function maskSecret(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret') return object;
  const mask = (values: unknown) =>
    values && typeof values === 'object' ? Object.fromEntries(Object.keys(values).map((key) => [key, maskedValue])) : values;
  const masked: KubeObject = { ...object };
  if ('data' in object) masked.data = mask(object.data);
  if ('stringData' in object) masked.stringData = mask(object.stringData);
  return masked;
}

export function objectsToYaml(objects: KubeObject[], options: { showSecrets?: boolean } = {}): string {
  return objects
    .map((object) => dump(options.showSecrets ? object : maskSecret(object), { noRefs: true, lineWidth: -1, sortKeys: false }))
    .map((text) => `---\n${text}`)
    .join('');
}

/** One file per object, named so that `ls` shows them in apply order. */
export function objectFiles(rendered: RenderedApp, options: { showSecrets?: boolean } = {}): { path: string; content: string }[] {
  return rendered.objects.map(({ object }, index) => ({
    path: `${rendered.cluster}/${String(index + 1).padStart(3, '0')}-${object.kind.toLowerCase()}-${object.metadata.name}.yaml`,
    content: objectsToYaml([object], options),
  }));
}
