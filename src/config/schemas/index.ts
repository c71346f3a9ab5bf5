// The JSON Schema of each version family, compiled once per process on first use.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { VersionFamily } from '../types.js';
import qhub0311 from './qhub-0.3.11.schema.json' with { type: 'json' };
import qhub0312 from './qhub-0.3.12.schema.json' with { type: 'json' };
import qhub04 from './qhub-0.4.schema.json' with { type: 'json' };
import nebari202210 from './nebari-2022.10.schema.json' with { type: 'json' };
import nebari202310 from './nebari-2023.10.schema.json' with { type: 'json' };

export const schemas: Record<VersionFamily, object> = {
  'qhub-0.3.11': qhub0311,
  'qhub-0.3.12': qhub0312,
  'qhub-0.4': qhub04,
  'nebari-2022.10': nebari202210,
  'nebari-2023.10': nebari202310,
};

const compilers = new Map<VersionFamily, Ajv2020>();

function compilerFor(family: VersionFamily): Ajv2020 {
  let ajv = compilers.get(family);
  if (!ajv) {
    // verbose: errors keep their schema, parent schema and data (for messages and unions).
    ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    ajv.addSchema(schemas[family]);
    compilers.set(family, ajv);
  }
  return ajv;
}

export function schemaValidator(family: VersionFamily): ValidateFunction {
  return compilerFor(family).getSchema((schemas[family] as { $id: string }).$id)!;
}

const branchValidators = new WeakMap<object, ValidateFunction>();

/**
 * A validator for one branch of a union inside a family's schema. ajv's
 * `schemaPath` is relative to the last `$ref`, so branches are compiled from
 * their schema object, with the family's `$defs` alongside to resolve refs.
 */
export function schemaBranchValidator(family: VersionFamily, branch: object): ValidateFunction {
  let validate = branchValidators.get(branch);
  if (!validate) {
    const definitions = (schemas[family] as { $defs?: object }).$defs;
    validate = compilerFor(family).compile({ ...branch, $defs: definitions });
    branchValidators.set(branch, validate);
  }
  return validate;
}
