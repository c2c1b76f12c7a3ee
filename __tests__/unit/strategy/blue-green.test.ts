// The blue-green layout (render) and the coloring of each deploy from the last revision (resolve): pure functions,
// checked on the objects they return.
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import { desiredSetHash, type StoredRevision } from '../../../src/inventory/applyset.js';
import type { KubeObject } from '../../../src/kube/object.js';
import type { DesiredObject, RenderedApp } from '../../../src/render/types.js';
import { resolveBlueGreen } from '../../../src/strategy/blue-green/resolve.js';
import { planSwitch } from '../../../src/strategy/blue-green/switch-plan.js';
import { BlueGreenKeys, BlueGreenStep, colorLabel } from '../../../src/strategy/blue-green/types.js';
import { renderFixture } from '../render/render-fixture.js';

const spec = (image: string, strategy = 'blue-green', extra = '') => `
app: shop
components:
  - name: api
    image: ${image}
    port: 8080
    strategy: ${strategy}
${extra}`;

const render = (image: string, strategy?: string, extra?: string): RenderedApp =>
  renderFixture({ name: 'blue-green', spec: spec(image, strategy, extra) });

const find = (objects: DesiredObject[], kind: string, name: string): KubeObject | undefined =>
  objects.find((entry) => entry.object.kind === kind && entry.object.metadata.name === name)?.object;

const selectorOf = (object: KubeObject | undefined): Record<string, string> =>
  (object?.['spec'] as { selector?: Record<string, string> } | undefined)?.selector ?? {};

const hour = 3_600_000;
const t0 = Date.parse('2026-12-02T12:00:00Z');

/** What a successful deploy stores: the set it applied becomes the revision the next deploy reads. */
function deployed(rendered: RenderedApp, previous: StoredRevision | undefined, now: number) {
  const resolved = resolveBlueGreen(rendered, previous, now);
  const revision: StoredRevision = {
    revision: (previous?.revision ?? 0) + 1,
    objects: resolved.rendered.objects,
    components: resolved.rendered.components,
  };
  return { ...resolved, revision };
}

describe('blue-green render', () => {
  it('renders <name>-blue, the main Service on the color, a ClusterIP preview Service, the switch after ready', () => {
    const rendered = render('ghcr.io/acme/api:1', '{ type: blue-green, switch: auto, keepFor: 30m }');
    const deployment = find(rendered.objects, 'Deployment', 'api-blue');
    expect(find(rendered.objects, 'Deployment', 'api')).toBeUndefined();
    expect(deployment?.metadata.labels?.[colorLabel]).toBe('blue');
    expect(deployment?.metadata.annotations?.[BlueGreenKeys.version]).toMatch(/^[0-9a-f]{16}$/);
    const spec = deployment?.['spec'] as {
      selector: { matchLabels: Record<string, string> };
      template: { metadata: { labels: Record<string, string> } };
    };
    expect(spec.selector.matchLabels[colorLabel]).toBe('blue');
    expect(spec.template.metadata.labels[colorLabel]).toBe('blue');
    expect(selectorOf(find(rendered.objects, 'Service', 'api'))[colorLabel]).toBe('blue');
    const preview = find(rendered.objects, 'Service', 'api-preview');
    expect(selectorOf(preview)[colorLabel]).toBe('blue');
    expect((preview?.['spec'] as { type: string }).type).toBe('ClusterIP');
    const service = rendered.objects.find(
      (entry) => entry.object.metadata.name === 'api' && entry.object.kind === 'Service',
    );
    expect(service?.options?.stage).toBe(1);
    expect(service?.blueGreen).toEqual({
      role: 'service',
      name: 'api',
      options: { switch: 'auto', keepForMs: 1_800_000 },
    });
  });

  it('the version hash follows the spec: a new image is a new version, the same spec the same', () => {
    const version = (image: string) =>
      find(render(image).objects, 'Deployment', 'api-blue')?.metadata.annotations?.[BlueGreenKeys.version];
    expect(version('acme/api:1')).toBe(version('acme/api:1'));
    expect(version('acme/api:1')).not.toBe(version('acme/api:2'));
  });

  it('refuses blue-green on a component that is not a service, at the strategy field', () => {
    let error: unknown;
    try {
      renderFixture({
        name: 'worker',
        spec: `app: shop\ncomponents:\n  - name: queue\n    image: acme/q:1\n    strategy: blue-green\n`,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    const problem = (error as SpecError).problems[0];
    expect(problem?.message).toContain('blue-green needs kind service');
    expect(problem?.line).toBe(5);
  });

  it('a changed keepFor alone is a new revision (promote and abort read it from there)', () => {
    const hash = (strategy: string) => desiredSetHash(render('acme/api:1', strategy).objects);
    expect(hash('{ type: blue-green, keepFor: 1h }')).toBe(hash('{ type: blue-green, keepFor: 1h }'));
    expect(hash('{ type: blue-green, keepFor: 1h }')).not.toBe(hash('{ type: blue-green, keepFor: 2h }'));
  });

  it('an autoscaler targets the colored Deployment', () => {
    const rendered = render('acme/api:1', 'blue-green', '    autoscale: { max: 4 }');
    const hpa = find(rendered.objects, 'HorizontalPodAutoscaler', 'api');
    expect((hpa?.['spec'] as { scaleTargetRef: { name: string } }).scaleTargetRef.name).toBe('api-blue');
  });
});

describe('blue-green resolve', () => {
  it('first deploy: blue only, the Service on blue', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    expect(first.statuses).toEqual([
      { component: 'api', step: 'first-deploy', activeColor: 'blue', previewColor: 'blue' },
    ]);
    expect(
      first.rendered.objects.filter((entry) => entry.object.kind === 'Deployment').map((e) => e.object.metadata.name),
    ).toEqual(['api-blue']);
  });

  it('same spec again: every object equal to the revision (nothing to write)', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    const again = deployed(render('acme/api:1'), first.revision, t0 + 60_000);
    expect(again.statuses[0]?.step).toBe(BlueGreenStep.Steady);
    expect(sorted(again.rendered.objects)).toEqual(sorted(first.rendered.objects));
  });

  it('new version: green beside blue, Service to green, blue kept; then keepFor ends and blue goes', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    const second = deployed(render('acme/api:2'), first.revision, t0 + hour);
    expect(second.statuses[0]).toMatchObject({
      step: 'switching',
      activeColor: 'green',
      previousColor: 'blue',
      kept: { color: 'blue', until: new Date(t0 + 2 * hour).toISOString() },
      next: 'k8deployer abort',
    });
    const objects = second.rendered.objects;
    expect(find(objects, 'Deployment', 'api-blue')).toEqual(find(first.rendered.objects, 'Deployment', 'api-blue'));
    expect(JSON.stringify(find(objects, 'Deployment', 'api-green'))).toContain('acme/api:2');
    expect(selectorOf(find(objects, 'Service', 'api'))[colorLabel]).toBe('green');
    expect(find(objects, 'Service', 'api')?.metadata.annotations?.[BlueGreenKeys.switchedAt]).toBe(
      new Date(t0 + hour).toISOString(),
    );
    // Within keepFor a re-deploy keeps blue, unchanged.
    const within = deployed(render('acme/api:2'), second.revision, t0 + hour + 1000);
    expect(sorted(within.rendered.objects)).toEqual(sorted(second.rendered.objects));
    expect(within.statuses[0]).toMatchObject({ step: 'steady', activeColor: 'green', kept: { color: 'blue' } });
    // After it the old color leaves the set (the deploy prunes it).
    const after = deployed(render('acme/api:2'), second.revision, t0 + 2 * hour + 1);
    expect(find(after.rendered.objects, 'Deployment', 'api-blue')).toBeUndefined();
    expect(after.statuses[0]).toMatchObject({ step: 'steady', activeColor: 'green', removes: 'blue' });
  });

  it('switch: manual deploys the new color on the preview only and waits for promote', () => {
    const strategy = '{ type: blue-green, switch: manual }';
    const first = deployed(render('acme/api:1', strategy), undefined, t0);
    const second = deployed(render('acme/api:2', strategy), first.revision, t0 + hour);
    expect(second.statuses[0]).toMatchObject({
      step: 'awaiting-promote',
      activeColor: 'blue',
      previewColor: 'green',
      next: 'k8deployer promote',
    });
    expect(selectorOf(find(second.rendered.objects, 'Service', 'api'))[colorLabel]).toBe('blue');
    expect(selectorOf(find(second.rendered.objects, 'Service', 'api-preview'))[colorLabel]).toBe('green');
    // Re-running the same deploy while it waits changes nothing.
    const again = deployed(render('acme/api:2', strategy), second.revision, t0 + hour + 5);
    expect(sorted(again.rendered.objects)).toEqual(sorted(second.rendered.objects));
  });

  it('an aborted version is not switched to again by the same deploy; going back to the live version drops it', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    const second = deployed(render('acme/api:2'), first.revision, t0 + hour);
    // What abort stores: the Service back on blue, green's version marked aborted.
    const green = find(second.rendered.objects, 'Deployment', 'api-green');
    const aborted: StoredRevision = {
      ...second.revision,
      objects: second.revision.objects.map((entry) =>
        entry.blueGreen?.role === 'service'
          ? {
              ...entry,
              object: {
                ...entry.object,
                metadata: {
                  ...entry.object.metadata,
                  annotations: {
                    [BlueGreenKeys.abortedVersion]: green?.metadata.annotations?.[BlueGreenKeys.version] ?? '',
                  },
                },
                spec: {
                  ...(entry.object['spec'] as object),
                  selector: { ...selectorOf(entry.object), [colorLabel]: 'blue' },
                },
              },
            }
          : entry,
      ),
    };
    const same = deployed(render('acme/api:2'), aborted, t0 + hour + 10);
    expect(same.statuses[0]).toMatchObject({ step: 'aborted', activeColor: 'blue', previewColor: 'green' });
    expect(selectorOf(find(same.rendered.objects, 'Service', 'api'))[colorLabel]).toBe('blue');
    const back = deployed(render('acme/api:1'), aborted, t0 + hour + 20);
    expect(back.statuses[0]).toMatchObject({ step: 'steady', activeColor: 'blue', removes: 'green' });
    expect(find(back.rendered.objects, 'Deployment', 'api-green')).toBeUndefined();
    expect(
      find(back.rendered.objects, 'Service', 'api')?.metadata.annotations?.[BlueGreenKeys.abortedVersion],
    ).toBeUndefined();
  });

  it('components without the strategy pass through untouched', () => {
    const plain = renderFixture({
      name: 'plain',
      spec: 'app: shop\ncomponents:\n  - name: api\n    image: a:1\n    port: 80\n',
    });
    expect(resolveBlueGreen(plain, undefined, t0)).toEqual({ rendered: plain, statuses: [] });
  });
});

describe('blue-green promote and abort (decided on the revision)', () => {
  const stored = (revision: StoredRevision, objects: DesiredObject[]): StoredRevision => ({ ...revision, objects });

  it('abort after a switch points the Service back at the kept color and marks the version; a deploy keeps it so', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    const second = deployed(render('acme/api:2'), first.revision, t0 + hour);
    const abort = planSwitch(second.revision, 'abort', t0 + hour + 60_000);
    const [api] = abort.components;
    expect(api?.status).toMatchObject({ step: 'switched-back', activeColor: 'blue', previousColor: 'green' });
    expect(api?.needsReady?.object.metadata.name).toBe('api-blue');
    expect(api?.changed.map((entry) => entry.object.metadata.name)).toEqual(['api']);
    expect(selectorOf(find(abort.objects, 'Service', 'api'))[colorLabel]).toBe('blue');
    const redeploy = deployed(render('acme/api:2'), stored(second.revision, abort.objects), t0 + hour + 120_000);
    expect(redeploy.statuses[0]).toMatchObject({ step: 'aborted', activeColor: 'blue', next: 'k8deployer promote' });
    expect(sorted(redeploy.rendered.objects)).toEqual(sorted(abort.objects));
    // promote switches to the aborted version after all.
    const promote = planSwitch(stored(second.revision, abort.objects), 'promote', t0 + hour + 180_000);
    expect(promote.components[0]?.status).toMatchObject({ step: 'promoted', activeColor: 'green' });
    expect(
      find(promote.objects, 'Service', 'api')?.metadata.annotations?.[BlueGreenKeys.abortedVersion],
    ).toBeUndefined();
  });

  it('abort once the old color is removed says so and changes nothing', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    const second = deployed(render('acme/api:2'), first.revision, t0 + hour);
    const later = deployed(render('acme/api:2'), second.revision, t0 + 3 * hour);
    const abort = planSwitch(later.revision, 'abort', t0 + 3 * hour);
    expect(abort.components[0]?.changed).toEqual([]);
    expect(abort.components[0]?.problem).toBe(
      `component api: cannot switch back: the old color blue was already removed (keepFor ended ${new Date(t0 + 2 * hour).toISOString()}); deploy the previous version instead`,
    );
  });

  it('promote with nothing waiting is a no-op with a note; promote of a manual switch points the Service', () => {
    const first = deployed(render('acme/api:1'), undefined, t0);
    expect(planSwitch(first.revision, 'promote', t0).components[0]).toMatchObject({
      changed: [],
      note: 'component api: nothing waits for promote (blue is live)',
    });
    const manual = '{ type: blue-green, switch: manual }';
    const paused = deployed(
      render('acme/api:2', manual),
      deployed(render('acme/api:1', manual), undefined, t0).revision,
      t0 + 1,
    );
    const promote = planSwitch(paused.revision, 'promote', t0 + 2);
    expect(promote.components[0]?.status).toMatchObject({
      step: 'promoted',
      activeColor: 'green',
      previousColor: 'blue',
    });
    const after = deployed(render('acme/api:2', manual), stored(paused.revision, promote.objects), t0 + 3);
    expect(after.statuses[0]).toMatchObject({ step: 'steady', activeColor: 'green', kept: { color: 'blue' } });
    expect(sorted(after.rendered.objects)).toEqual(sorted(promote.objects));
  });
});

function sorted(objects: DesiredObject[]): DesiredObject[] {
  return [...objects].sort((a, b) =>
    `${a.object.kind}/${a.object.metadata.name}`.localeCompare(`${b.object.kind}/${b.object.metadata.name}`),
  );
}
