// Gateway API route readiness (HTTPRoute), kstatus-like: the route works only once a Gateway controller accepted it.
// status.parents has one entry per (parentRef, controller); each carries Accepted and ResolvedRefs.
import { ObjectStatus } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import { arrayAt, field, generationOf, numberAt, stringAt, type Condition } from './fields.js';
import { conditionText, inProgress, ready, type Readiness } from './verdict.js';

interface ParentStatus {
  name: string;
  namespace?: string;
  sectionName?: string;
  conditions: Condition[];
}

export function httpRouteReadiness(object: KubeObject): Readiness {
  const namespace = object.metadata.namespace;
  const wanted = arrayAt(object, 'spec', 'parentRefs').map((ref) => ({
    name: stringAt(ref, 'name') ?? '',
    namespace: stringAt(ref, 'namespace') ?? namespace,
    sectionName: stringAt(ref, 'sectionName'),
  }));
  const parents: ParentStatus[] = arrayAt(object, 'status', 'parents').map((entry) => ({
    name: stringAt(entry, 'parentRef', 'name') ?? '',
    namespace: stringAt(entry, 'parentRef', 'namespace') ?? namespace,
    sectionName: stringAt(entry, 'parentRef', 'sectionName'),
    conditions: arrayAt(entry, 'conditions').filter(
      (item): item is Condition => typeof field(item, 'type') === 'string' && typeof field(item, 'status') === 'string',
    ),
  }));
  const generation = generationOf(object);
  const waiting: string[] = [];
  for (const ref of wanted) {
    const label = `${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}${ref.sectionName ? `/${ref.sectionName}` : ''}`;
    const status = parents.find(
      (entry) =>
        entry.name === ref.name &&
        entry.namespace === ref.namespace &&
        (ref.sectionName === undefined || entry.sectionName === ref.sectionName),
    );
    const current = (type: string): Condition | undefined => {
      const found = status?.conditions.find((entry) => entry.type === type);
      // A condition written for an older generation says nothing about the route as applied.
      const observed = numberAt(found, 'observedGeneration');
      if (found && generation !== undefined && observed !== undefined && observed < generation) return undefined;
      return found;
    };
    const accepted = current('Accepted');
    if (accepted?.status === 'False')
      return { status: ObjectStatus.Failed, message: `Gateway ${label}: ${conditionText('Accepted', accepted)}` };
    const resolved = current('ResolvedRefs');
    if (accepted?.status !== 'True') {
      waiting.push(`Gateway ${label} to accept the route`);
      continue;
    }
    // ResolvedRefs=False (e.g. BackendNotFound) can clear once the Service exists: the object timeout ends it.
    if (resolved?.status !== 'True')
      waiting.push(
        resolved ? `Gateway ${label}: ${conditionText('ResolvedRefs', resolved)}` : `Gateway ${label} to resolve refs`,
      );
  }
  if (wanted.length === 0) return inProgress('route has no parentRefs');
  if (waiting.length > 0) return inProgress(`waiting for ${waiting.join('; ')}`);
  return ready(`accepted by ${wanted.length === 1 ? 'its Gateway' : `${wanted.length} Gateways`}`);
}
