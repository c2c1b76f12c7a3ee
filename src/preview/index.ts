export {
  isForkPullRequest,
  pullRequestBase,
  resolveEventRun,
  settingsForEventRun,
  type EventRun,
  type EventRunInput,
  type PullRequestPayload,
  type PushPayload,
} from './event-run.js';
export { maxNamespaceLength, previewHost, previewNamespace, sanitizeDnsLabel } from './names.js';
export {
  expandTagTemplate,
  matchesGlob,
  matchReleaseRule,
  versionOfTag,
  type ReleaseMatch,
  type ReleaseRule,
} from './release-rules.js';
export {
  partOfLabel,
  previewPrLabel,
  selectPreviewsToSweep,
  type PreviewNamespaceInfo,
  type SweepCandidate,
  type SweepOptions,
} from './ttl-sweep.js';
export { assertConfinedToPreview, assertNoSecretsForForks } from './confine.js';
export {
  assertPreviewNamespaceOwned,
  ownershipMismatches,
  previewOwnershipLabels,
  requireRepository,
} from './ownership.js';
export {
  applyBaseCredentials,
  clusterFieldRoles,
  credentialFields,
  describeTrustedCredentials,
  UntrustedCredentialsError,
  type BaseFileReader,
  type TrustedCredentialsReport,
} from './trusted-clusters.js';
export {
  previewOwnerCheck,
  useBaseCredentials,
  withCommentNote,
  type BaseCredentialsOptions,
} from './pull-request-guard.js';
