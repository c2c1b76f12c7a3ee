// Pure: a docker-config secret's value may be the .dockerconfigjson document or its base64 (as Kubernetes stores it).

/** The JSON document, decoding base64 when the value is not JSON already; other text is returned as is. */
export function decodeMaybeBase64Json(value: string): string {
  if (value.trim().startsWith('{')) return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.trim().startsWith('{') ? decoded : value;
}
