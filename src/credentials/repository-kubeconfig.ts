import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { CredentialsError } from '../errors.js';
import { FileRefusedError, fileLimits, readConfinedFile, readSpecPath, type SpecPaths } from '../files/confined.js';
import { loadYamlDocument } from '../spec/bounded-yaml.js';
import { isPlainObject } from '../spec/merge.js';
import { commandsRunBy, refusedUserMessage } from './repository-commands.js';
import { messageOf } from './util.js';

const P = 'kubeconfig';

/** File references a kubeconfig may hold, and the inline field each becomes once read. */
const clusterFiles = [['certificate-authority', 'certificate-authority-data']] as const;
const userFiles = [
  ['client-certificate', 'client-certificate-data'],
  ['client-key', 'client-key-data'],
] as const;

/**
 * A kubeconfig path the spec names: relative to the spec file, confined to the repository and size-capped like every
 * spec path (src/files/confined.ts). The files it refers to itself (CA, client certificate and key, token file) are
 * repository files too: they are read here through the same confinement, relative to the kubeconfig's directory as
 * kubectl resolves them, and inlined, so the Kubernetes client never opens a path the repository chose (a
 * `token-file: /proc/self/environ` would otherwise send the runner's environment to the server as a bearer token).
 */
export async function loadRepositoryKubeconfig(paths: SpecPaths, written: string): Promise<KubeConfig> {
  const kc = new KubeConfig();
  try {
    const { realPath, content } = await readSpecPath(paths, 'path', written);
    const inlined = await inlineFileReferences(
      content.toString('utf8'),
      { root: paths.root, baseDir: path.dirname(realPath) },
      `${paths.at.path ?? written}`,
    );
    kc.loadFromString(inlined);
  } catch (error) {
    throw new CredentialsError(P, 'read kubeconfig', `cannot load ${written}: ${messageOf(error)}`, { cause: error });
  }
  return kc;
}

async function inlineFileReferences(
  text: string,
  confinement: { root: string; baseDir: string },
  where: string,
): Promise<string> {
  // The shared YAML budgets (alias bombs, depth); its errors give the position and reason only, never the lines
  // around it, which hold tokens and keys.
  const config = loadYamlDocument(text, { file: where });
  if (!isPlainObject(config)) return text;
  const read = async (entry: string, field: string, file: unknown): Promise<Buffer> => {
    if (typeof file !== 'string') throw new Error(`${where}: ${entry}: ${field} must be a path`);
    try {
      return (await readConfinedFile(confinement, file, { maxBytes: fileLimits.dataFileBytes })).content;
    } catch (error) {
      if (error instanceof FileRefusedError)
        throw new Error(`${where}: ${entry}: ${field}: ${error.message}`, { cause: error });
      throw error;
    }
  };
  for (const [index, entry] of arrayOf(config.clusters).entries()) {
    const cluster = isPlainObject(entry) && isPlainObject(entry.cluster) ? entry.cluster : undefined;
    for (const [fileField, dataField] of clusterFiles) {
      if (cluster?.[fileField] === undefined) continue;
      cluster[dataField] = (await read(`clusters[${index}]`, fileField, cluster[fileField])).toString('base64');
      delete cluster[fileField];
    }
  }
  for (const [index, entry] of arrayOf(config.users).entries()) {
    const user = isPlainObject(entry) && isPlainObject(entry.user) ? entry.user : undefined;
    if (!user) continue;
    for (const [fileField, dataField] of userFiles) {
      if (user[fileField] === undefined) continue;
      user[dataField] = (await read(`users[${index}]`, fileField, user[fileField])).toString('base64');
      delete user[fileField];
    }
    if (user['token-file'] !== undefined) {
      // client-go trims the token file; so do we.
      if (user.token === undefined)
        user.token = (await read(`users[${index}]`, 'token-file', user['token-file'])).toString('utf8').trim();
      delete user['token-file'];
    }
    const refused = commandsRunBy(user);
    if (refused) {
      const name = isPlainObject(entry) && typeof entry.name === 'string' ? entry.name : '';
      throw new Error(refusedUserMessage(where, index, name, refused));
    }
  }
  return JSON.stringify(config);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
