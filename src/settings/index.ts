export * from './types.js';
export {
  type ActionInputs,
  type ActionSettings,
  type GetInput,
  type PreviewOptions,
  defaultPreviewNamespacePattern,
  defaultPreviewTtlHours,
  parseActionInputs,
} from './action-inputs.js';
export { type CliInvocation, cliUsage, parseCliArgs } from './cli-args.js';
export { type SharedOption, actionOnlyInputs, cliOnlyFlags, sharedOptions } from './options.js';
export {
  type ActionManifest,
  parseActionManifest,
  renderActionReference,
  updateActionReference,
} from './action-manifest.js';
