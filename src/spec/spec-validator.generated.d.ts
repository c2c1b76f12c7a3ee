// Types of the generated standalone validator (src/spec/spec-validator.generated.js).
import type { ErrorObject } from 'ajv';

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
