/**
 * Marks on rendered objects for values a plan cannot know (a secret whose env var is unset where `plan` runs). The
 * renderer sets them; src/plan/unknown-values.ts resolves them against the live objects. Deploy never renders them:
 * it refuses a missing secret value.
 */
export const unknownValuesAnnotation = 'k8deployer.io/unknown-values';
export const unknownChecksum = 'unknown';
