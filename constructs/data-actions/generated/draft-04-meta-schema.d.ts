// Types of the generated validator beside this file (npm run contracts:generate).
import type { ErrorObject } from 'ajv';

declare function validate(schema: unknown): boolean;
declare namespace validate {
  let errors: ErrorObject[] | null | undefined;
}
export default validate;
