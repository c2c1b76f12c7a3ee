import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SpecError, type SpecProblem } from '../errors.js';
import {
  copyConfinedDirectory,
  FileRefusedError,
  fileLimits,
  newReadBudget,
  readConfinedFile,
  type ReadBudget,
} from '../files/confined.js';
import type { LoadedSpec } from '../spec/load.js';
import { componentKind } from '../spec/rules.js';
import type { Component } from '../spec/spec-types.generated.js';
import { problemAt } from '../spec/yaml-source.js';
import { findOnPath, runTool } from './tools.js';

/** The YAML a packaged component (helm, kustomize) rendered to, and what rendered it (for messages). */
export interface PackagedText {
  text: string;
  renderer: string;
}

/** Key of a packaged component's text: per cluster target, since variables and namespaces differ per cluster. */
export function packagedKey(target: string, component: string): string {
  return `${target}\u0000${component}`;
}

const helmInstall =
  'helm is on GitHub-hosted runners; elsewhere install it (https://helm.sh/docs/intro/install/, e.g. the azure/setup-helm action) so that `helm` is on PATH';
const kustomizeInstall =
  'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl (it has `kubectl kustomize`) so that one of them is on PATH';

/**
 * Renders every `kind: helm` and `kind: kustomize` component of every target with its tool, once per distinct input.
 * I/O at the edge: the renderer (src/render) stays pure and gets the text. Problems are positioned at the component.
 */
export async function renderPackages(
  spec: LoadedSpec,
  env: Record<string, string | undefined>,
): Promise<Map<string, PackagedText>> {
  const packaged = new Map<string, PackagedText>();
  const problems: SpecProblem[] = [];
  const budget = newReadBudget();
  const memo = new Map<string, Promise<PackagedText | string>>();
  const tools = new Map<string, Promise<string | undefined>>();
  const tool = (name: string) => {
    if (!tools.has(name)) tools.set(name, findOnPath(name, env.PATH));
    return tools.get(name) as Promise<string | undefined>;
  };
  for (const target of spec.targets) {
    for (const component of target.spec.components) {
      const kind = componentKind(component);
      if (kind !== 'helm' && kind !== 'kustomize') continue;
      const pointer = target.componentPointers.get(component.name) ?? '/components';
      const field = `${pointer}/${kind}`;
      const input = JSON.stringify([kind, component.name, target.namespace, component.helm, component.kustomize]);
      if (!memo.has(input)) {
        const render = kind === 'helm' ? renderHelm : renderKustomize;
        memo.set(
          input,
          render({ spec, component, namespace: target.namespace, env, budget, tool }).catch((error: unknown) => {
            if (error instanceof FileRefusedError) return error.message;
            throw error;
          }),
        );
      }
      const result = await (memo.get(input) as Promise<PackagedText | string>);
      if (typeof result === 'string') problems.push(problemAt(spec.document, field, result));
      else packaged.set(packagedKey(target.name, component.name), result);
    }
  }
  if (problems.length > 0) throw new SpecError(dedupe(problems));
  return packaged;
}

interface RenderInput {
  spec: LoadedSpec;
  component: Component;
  namespace: string;
  env: Record<string, string | undefined>;
  budget: ReadBudget;
  tool: (name: string) => Promise<string | undefined>;
}

/** A chart reference that names something outside the repository (helm fetches it); else a directory in it. */
function remoteChart(chart: string, repo: string | undefined): boolean {
  return repo !== undefined || chart.startsWith('oci://');
}

async function renderHelm(input: RenderInput): Promise<PackagedText | string> {
  const helm = input.component.helm;
  if (!helm) return 'kind: helm needs helm.chart';
  const binary = await input.tool('helm');
  if (!binary) return `component '${input.component.name}' is a Helm chart, but helm is not on PATH: ${helmInstall}`;
  const work = await mkdtemp(path.join(tmpdir(), 'k8deployer-helm-'));
  try {
    let chart = helm.chart;
    if (!remoteChart(helm.chart, helm.repo)) {
      chart = path.join(work, 'chart');
      await copyConfinedDirectory(input.spec.confinement, helm.chart, chart, {
        maxFileBytes: fileLimits.manifestFileBytes,
        budget: input.budget,
      });
    }
    const args = ['template', helm.releaseName ?? input.component.name, chart, '--namespace', input.namespace];
    if (helm.includeCrds !== false) args.push('--include-crds');
    if (helm.repo) args.push('--repo', helm.repo);
    if (helm.version) args.push('--version', helm.version);
    if (helm.kubeVersion) args.push('--kube-version', helm.kubeVersion);
    for (const [index, file] of (helm.valuesFiles ?? []).entries()) {
      const { content } = await readConfinedFile(input.spec.confinement, file, {
        maxBytes: fileLimits.dataFileBytes,
        budget: input.budget,
      });
      const copy = path.join(work, `values-${index}.yaml`);
      await writeFile(copy, content, { mode: 0o600 });
      args.push('--values', copy);
    }
    if (helm.values && Object.keys(helm.values).length > 0) {
      const copy = path.join(work, 'values-spec.json');
      // JSON is YAML: helm reads it as a values file, no YAML writer needed.
      await writeFile(copy, JSON.stringify(helm.values), { mode: 0o600 });
      args.push('--values', copy);
    }
    const home = path.join(work, 'home');
    const result = await runTool(binary, args, {
      cwd: work,
      env: {
        PATH: input.env.PATH ?? '',
        HOME: home,
        HELM_CACHE_HOME: path.join(home, 'cache'),
        HELM_CONFIG_HOME: path.join(home, 'config'),
        HELM_DATA_HOME: path.join(home, 'data'),
        // Proxies and a custom CA are how a runner reaches an HTTPS or OCI chart repository at all.
        ...pick(input.env, ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'SSL_CERT_FILE']),
      },
    });
    if (!result.ok) return `helm template failed for chart ${JSON.stringify(helm.chart)}: ${result.message}`;
    return { text: result.stdout, renderer: `helm (${binary})` };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function renderKustomize(input: RenderInput): Promise<PackagedText | string> {
  const kustomize = input.component.kustomize;
  if (!kustomize) return 'kind: kustomize needs kustomize.path';
  const standalone = await input.tool('kustomize');
  const kubectl = standalone ? undefined : await input.tool('kubectl');
  if (!standalone && !kubectl)
    return `component '${input.component.name}' is a kustomization, but neither kustomize nor kubectl is on PATH: ${kustomizeInstall}`;
  const work = await mkdtemp(path.join(tmpdir(), 'k8deployer-kustomize-'));
  try {
    const dir = path.join(work, 'kustomization');
    await copyConfinedDirectory(input.spec.confinement, kustomize.path, dir, {
      maxFileBytes: fileLimits.manifestFileBytes,
      budget: input.budget,
    });
    const [binary, args, renderer] = standalone
      ? [standalone, ['build', dir], `kustomize (${standalone})`]
      : [kubectl as string, ['kustomize', dir], `kubectl kustomize (${kubectl})`];
    const result = await runTool(binary, args, {
      cwd: work,
      env: { PATH: input.env.PATH ?? '', HOME: path.join(work, 'home') },
    });
    if (!result.ok) return `${renderer} failed for ${JSON.stringify(kustomize.path)}: ${result.message}`;
    return { text: result.stdout, renderer };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function pick(env: Record<string, string | undefined>, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = env[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
