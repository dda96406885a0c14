import { setImmediate as nextTurn } from 'timers/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  distinctErrors,
  shiftFieldError,
  sliceBlocks,
  validationMessage,
  type FieldError,
} from '../domain/content/blocks-slices';
import { pluginConfig } from '../plugin-config';

type Data = Record<string, unknown>;
interface Model {
  attributes?: Record<string, { type?: string }>;
}
type ValidateEntity = (model: Model, data: Data, options?: unknown, entity?: unknown) => Promise<Data>;
/** Marks Strapi's validator as wrapped, with the Strapi whose configuration the wrapper reads. */
const WRAPPED = Symbol.for('newsroom.slicedBlocksValidation');
/** Strapi's entity validator (`strapi.entityValidator`): the object the Document Service calls on every write. */
interface EntityValidator {
  validateEntityCreation: ValidateEntity;
  validateEntityUpdate: ValidateEntity;
  [WRAPPED]?: { strapi: Core.Strapi };
}

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

const blocksFieldsOf = (model: Model, data: Data): string[] =>
  Object.entries(model.attributes ?? {})
    .filter(([name, attribute]) => attribute.type === 'blocks' && Array.isArray(data[name]))
    .map(([name]) => name);

/** The field errors a refusal carries (Strapi's YupValidationError: `details.errors`), or null for another error. */
const fieldErrorsOf = (error: unknown): FieldError[] | null => {
  if (!(error instanceof errors.ValidationError)) return null;
  const found = (error.details as { errors?: FieldError[] } | undefined)?.errors;
  return Array.isArray(found) ? found : null;
};

/**
 * Strapi validates a save in one piece with yup, which costs about 45 ms per 1,000 blocks nodes here and never
 * yields: the largest body the limits allow (5,000 nodes) held the event loop 215-255 ms in validation alone,
 * 350-460 ms for the whole save (SQLite answers synchronously, so nothing else yields either). This wraps the two
 * functions of `strapi.entityValidator` that the Document Service calls (the object is Strapi's single instance,
 * read at call time by every content type's repository): the fields other than blocks are validated by Strapi as
 * before, and each blocks field by Strapi's own rules — the same function on a model holding that field alone —
 * one run of top-level blocks, or of a wide block's children, at a time (domain/content/blocks-slices.ts), the
 * loop free between runs. Errors keep the paths and wording of a validation in one piece.
 * `blocksValidationSliceNodes: 0` turns it off. The validator is a module of @strapi/core, shared by every Strapi
 * booted in one process (the tests boot several): it is wrapped once, and reads the latest one's configuration.
 */
export const registerSlicedBlocksValidation = (strapi: Core.Strapi): void => {
  const validator = strapi.entityValidator as unknown as EntityValidator;
  const wrapped = validator[WRAPPED];
  if (wrapped) {
    wrapped.strapi = strapi;
    return;
  }
  const current = { strapi };
  validator[WRAPPED] = current;

  const sliced =
    (original: ValidateEntity): ValidateEntity =>
    async (model, data, options, entity) => {
      const sliceNodes = pluginConfig(current.strapi, 'blocksValidationSliceNodes');
      const fields = sliceNodes > 0 && isData(data) ? blocksFieldsOf(model, data) : [];
      if (fields.length === 0) return original(model, data, options, entity);

      const rest = Object.fromEntries(Object.entries(data).filter(([name]) => !fields.includes(name)));
      const found: FieldError[] = [];
      let validated: Data = {};
      try {
        validated = await original(model, rest, options, entity);
      } catch (error) {
        const restErrors = fieldErrorsOf(error);
        if (!restErrors) throw error;
        found.push(...restErrors);
      }
      for (const field of fields) {
        const fieldOnly: Model = { ...model, attributes: { [field]: (model.attributes ?? {})[field] } };
        const blocks: Data[] = [];
        for (const slice of sliceBlocks(data[field] as unknown[], sliceNodes)) {
          await nextTurn();
          try {
            const valid = (await original(fieldOnly, { [field]: slice.blocks }, options, entity))[field] as Data[];
            // Once a slice is refused only the errors matter: nothing is assembled (the block a run would join may
            // be missing). A run of a wide block's children after its first joins the block the first run started.
            if (found.length > 0) continue;
            if (slice.childOffset !== undefined && slice.childOffset > 0)
              (blocks[blocks.length - 1].children as unknown[]).push(...(valid[0].children as unknown[]));
            else blocks.push(...valid);
          } catch (error) {
            const sliceErrors = fieldErrorsOf(error);
            if (!sliceErrors) throw error;
            found.push(...sliceErrors.map((sliceError) => shiftFieldError(sliceError, field, slice)));
          }
        }
        validated[field] = blocks;
      }
      if (found.length > 0) {
        const distinct = distinctErrors(found);
        throw new errors.ValidationError(validationMessage(distinct), { errors: distinct });
      }
      // What follows (Strapi's write and read back, then the newsroom's version) starts on a turn of its own.
      await nextTurn();
      return validated;
    };

  validator.validateEntityCreation = sliced(validator.validateEntityCreation.bind(validator));
  validator.validateEntityUpdate = sliced(validator.validateEntityUpdate.bind(validator));
};
