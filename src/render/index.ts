import { SpecError, type SpecProblem } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import type { ClusterTarget } from '../spec/load.js';
import { renderConfigMaps, renderSecrets } from './config.js';
import { appComponent, appLabels, withDefaults, type RenderContext, type RenderOptions } from './context.js';
import { renderManifests } from './manifests.js';
import { renderPackaged } from './packaged.js';
import { renderIngress, renderNetworkPolicy, renderService } from './network.js';
import { renderHttpRoute } from './gateway.js';
import { applyPatches } from './patches.js';
import { normalizedPorts, podImages, podPins, podPorts } from './pod.js';
import { renderAutoscaler, renderPodDisruptionBudget } from './policy.js';
import { renderRbac } from './rbac.js';
import { behindService, renderExtraServices } from './services.js';
import type { ComponentInfo, DesiredObject, RenderedApp } from './types.js';
import { renderWorkload } from './workloads.js';
import { blueGreenOptions } from '../strategy/blue-green/options.js';
import { toBlueGreen } from '../strategy/blue-green/render.js';
import type { BlueGreenMark } from '../strategy/blue-green/types.js';
import { resolveStrategy } from './strategy.js';
import { renderHttpStep } from './http-step.js';
import type { RenderedStep } from '../steps/types.js';
import { renderPreviewQuota } from './preview-quota.js';

export type { RenderOptions } from './context.js';

/**
 * Pure: one cluster target's spec → every Kubernetes object it needs, filled in with best practice.
 * Per-cluster differences come only from the target (variables, namespace, provider profile).
 */
export function renderApp(target: ClusterTarget, options: RenderOptions): RenderedApp {
  const spec = target.spec;
  const context: RenderContext = {
    target,
    app: spec.app,
    namespace: target.namespace,
    options,
    secretChecksums: new Map(),
    registrySecrets: (spec.secrets ?? [])
      .filter((secret) => secret.type === 'docker-config')
      .map((secret) => secret.name),
    componentPointer: (name) => target.componentPointers.get(name) ?? '/components',
  };
  const problems: SpecProblem[] = [];
  const objects: DesiredObject[] = [];
  const components: ComponentInfo[] = [];
  const steps: RenderedStep[] = [];

  if (spec.createNamespace !== false) {
    const hostAccess = spec.components.some((component) => component.volumes?.some((volume) => volume.hostPath));
    const namespace: KubeObject = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: context.namespace,
        labels: {
          ...appLabels(context),
          // hostPath volumes are outside every Pod Security level but privileged.
          'pod-security.kubernetes.io/enforce': hostAccess ? 'privileged' : 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/audit': 'restricted',
        },
      },
    };
    objects.push({ component: appComponent, object: namespace });
  }
  if (target.preview && spec.preview?.quota) {
    for (const object of renderPreviewQuota(context, spec.preview.quota))
      objects.push({ component: appComponent, object });
  }
  try {
    for (const secret of renderSecrets(context, spec.secrets ?? []))
      objects.push({ component: appComponent, object: secret });
  } catch (error) {
    if (error instanceof SpecError) problems.push(...error.problems);
    else throw error;
  }

  for (const source of spec.components) {
    const component = withDefaults(source, spec.defaults);
    const pointer = context.componentPointer(component.name);
    const info: ComponentInfo = {
      name: component.name,
      kind: component.kind,
      depends: component.depends ?? [],
      images: podImages(component, context),
      urls: [],
    };
    const strategy = resolveStrategy(component.strategy, {
      gatewayRoute: component.ingress?.gateway !== undefined,
      ...(target.profile.trafficSplit ? { profileTraffic: target.profile.trafficSplit } : {}),
    });
    if (strategy) info.strategy = strategy;
    const pins = podPins(component, context);
    if (pins.length > 0) info.pins = pins;
    let generated: KubeObject[] = [];
    const skipWaitServices = new Set<string>();
    // Aligned with `generated` by index (patches map objects one to one, in order).
    const stages: ({ stage: number; hook: boolean } | undefined)[] = [];
    if (component.kind === 'http') {
      const rendered = renderHttpStep(component, pointer, {
        secrets: spec.secrets ?? [],
        env: options.env,
        missingSecrets: options.missingSecrets,
        problemAt: options.problemAt,
      });
      problems.push(...rendered.problems);
      steps.push({ component: component.name, http: rendered.step });
      components.push({ ...info, images: [] });
      continue;
    }
    if (component.kind === 'helm' || component.kind === 'kustomize') {
      const packaged = options.packaged?.get(`${target.name}\u0000${component.name}`);
      if (!packaged) {
        problems.push(
          options.problemAt(`${pointer}/${component.kind}`, `${component.kind} was not rendered for this run`),
        );
      } else {
        const rendered = renderPackaged(context, packaged.text, `${component.name} (${packaged.renderer})`);
        for (const entry of rendered.objects) {
          generated.push(entry.object);
          stages.push(entry);
        }
        info.images = renderedImages(generated);
        for (const message of rendered.problems)
          problems.push(options.problemAt(`${pointer}/${component.kind}`, message));
      }
    } else if (component.kind === 'manifests') {
      const manifests = renderManifests(context, component);
      generated = manifests.objects;
      for (const problem of manifests.problems)
        problems.push(options.problemAt(`${pointer}/files/${problem.fileIndex}`, problem.message));
    } else {
      const ports = normalizedPorts(component);
      const config = renderConfigMaps(context, component);
      const rbac = renderRbac(context, component);
      generated.push(...rbac.objects, ...config.objects);
      generated.push(
        renderWorkload(context, {
          component,
          ports,
          configs: config.mounts,
          serviceAccountName: rbac.serviceAccountName,
          automountToken: rbac.automountToken,
          behindService: behindService(component, ports),
        }),
      );
      if (component.kind !== 'job' && component.kind !== 'cronjob') {
        const service = renderService(context, component, ports);
        if (service.object) generated.push(service.object);
        if (service.object && service.skipWait) skipWaitServices.add(service.object.metadata.name);
        for (const extra of renderExtraServices(context, component, ports)) {
          generated.push(extra.object);
          if (extra.skipWait) skipWaitServices.add(extra.object.metadata.name);
        }
        const ingress = component.ingress?.gateway
          ? renderHttpRoute(context, component, ports)
          : renderIngress(context, component, ports);
        if (ingress.object) generated.push(ingress.object);
        info.urls = ingress.urls;
      }
      const extras = [
        renderNetworkPolicy(context, component, podPorts(component)),
        renderPodDisruptionBudget(context, component),
        renderAutoscaler(context, component),
      ];
      for (const extra of extras) if (extra) generated.push(extra);
    }
    if (component.patches?.length) {
      const patched = applyPatches(generated, component.patches);
      generated = patched.objects;
      for (const failure of patched.failures)
        problems.push(options.problemAt(`${pointer}/patches/${failure.index}`, failure.message));
    }
    const blueGreenMarks = blueGreenLayout(generated, info, problems, options, pointer);
    // Jobs cannot change their pod template in place; re-running one means re-creating it.
    const replaceOnImmutable = component.replaceOnImmutable ?? component.kind === 'job';
    for (const [index, object] of generated.entries()) {
      const desired: DesiredObject = { component: component.name, object };
      const mark = blueGreenMarks?.[index];
      if (mark) desired.blueGreen = mark;
      // The switch: the main Service (and what routes to it) is applied only once the new color is ready.
      if (blueGreenMarks && (mark?.role === 'service' || object.kind === 'Ingress' || object.kind === 'HTTPRoute'))
        desired.options = { ...desired.options, stage: 1 };
      if (replaceOnImmutable && (component.replaceOnImmutable === true || object.kind === 'Job'))
        desired.options = { replaceOnImmutable: true };
      if (object.kind === 'Service' && skipWaitServices.has(object.metadata.name))
        desired.options = { ...desired.options, skipWait: true };
      const staged = stages[index];
      if (staged?.stage) desired.options = { ...desired.options, stage: staged.stage };
      if (staged?.hook) desired.options = { ...desired.options, replaceOnImmutable: true };
      objects.push(desired);
    }
    components.push(info);
  }
  if (problems.length > 0) throw new SpecError(problems);
  return {
    app: spec.app,
    cluster: target.name,
    namespace: context.namespace,
    components,
    objects,
    ...(steps.length > 0 ? { steps } : {}),
  };
}

/**
 * A blue-green component's objects are replaced (in place, index for index plus the preview Service) by their
 * blue-green layout; returns the marks aligned with `generated`, or undefined for other strategies.
 */
function blueGreenLayout(
  generated: KubeObject[],
  component: ComponentInfo,
  problems: SpecProblem[],
  options: RenderOptions,
  pointer: string,
): (BlueGreenMark | undefined)[] | undefined {
  const blueGreen = blueGreenOptions(component.strategy);
  if (!blueGreen) return undefined;
  if (component.kind !== 'service') {
    problems.push(
      options.problemAt(
        `${pointer}/strategy`,
        `blue-green needs kind service (a Deployment with a Service), not ${component.kind}`,
      ),
    );
    return undefined;
  }
  try {
    const marked = toBlueGreen(generated, component.name, blueGreen);
    generated.splice(0, generated.length, ...marked.map((entry) => entry.object));
    return marked.map((entry) => entry.blueGreen);
  } catch (error) {
    problems.push(options.problemAt(`${pointer}/strategy`, (error as Error).message));
    return undefined;
  }
}

/** Images a chart's or kustomization's workloads run, for reports (the spec names none for such components). */
function renderedImages(objects: KubeObject[]): string[] {
  const images = new Set<string>();
  for (const object of objects) {
    const spec = object['spec'] as Record<string, unknown> | undefined;
    const template = (spec?.['jobTemplate'] as { spec?: Record<string, unknown> } | undefined)?.spec ?? spec;
    const pod = (template?.['template'] as { spec?: Record<string, unknown> } | undefined)?.spec;
    for (const list of ['initContainers', 'containers'])
      for (const container of (pod?.[list] as { image?: unknown }[] | undefined) ?? [])
        if (typeof container.image === 'string') images.add(container.image);
  }
  return [...images];
}
