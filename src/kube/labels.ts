/** app.kubernetes.io/part-of: the app every rendered object belongs to; the preview sweep selects namespaces by it. */
export const partOfLabel = 'app.kubernetes.io/part-of';
