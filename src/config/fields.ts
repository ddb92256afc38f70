// Proposal fields as custom rules name them (`team.size`, `constraints.0.type`), checked
// against schema/proposal.schema.json so that a misspelt field is a configuration error
// instead of a rule that silently never fires.
import proposalSchema from '../../schema/proposal.schema.json' with { type: 'json' };
import { closest } from '../core/suggest.js';
import type { NodePath } from '../core/types.js';

/** The parts of a JSON Schema node that field resolution reads. */
export interface FieldSchema {
  type?: string | string[];
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  enum?: unknown[];
  default?: unknown;
  description?: string;
}

/** What a field holds, as far as conditions and placeholders care. */
export type FieldShape = 'mapping' | 'list-of-mappings' | 'list' | 'number' | 'scalar';

export interface ResolvedField {
  /** As written in the configuration: `constraints.0.type`. */
  name: string;
  path: NodePath;
  schema: FieldSchema;
  shape: FieldShape;
}

const ROOT = proposalSchema as unknown as FieldSchema;

/** Resolves a dotted field name, or says why it names no proposal field. */
export function resolveField(name: string): ResolvedField | { error: string } {
  let schema = ROOT;
  const path: (string | number)[] = [];
  for (const seg of name.split('.')) {
    const at = path.length ? fieldText(path) : '';
    if (schema.properties) {
      if (!Object.hasOwn(schema.properties, seg)) {
        const keys = Object.keys(schema.properties);
        const near = closest(seg, keys);
        const hint = near
          ? ` Did you mean \`${at ? `${at}.` : ''}${near}\`?`
          : ` Fields here: ${keys.join(', ')}.`;
        return { error: `\`${name}\` is not a proposal field.${hint}` };
      }
      schema = schema.properties[seg]!;
      path.push(seg);
    } else if (schema.type === 'array' && schema.items) {
      if (!/^\d+$/.test(seg)) {
        return {
          error: `\`${at}\` is a list: name an item by its index, e.g. \`${at}.0${schema.items.properties ? `.${Object.keys(schema.items.properties)[0]!}` : ''}\``,
        };
      }
      schema = schema.items;
      path.push(Number(seg));
    } else {
      return { error: `\`${at}\` holds a single value; \`${name}\` does not exist` };
    }
  }
  return { name, path, schema, shape: shapeOf(schema) };
}

function shapeOf(schema: FieldSchema): FieldShape {
  if (schema.properties) return 'mapping';
  if (schema.type === 'array') return schema.items?.properties ? 'list-of-mappings' : 'list';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  return 'scalar';
}

/** `team.size`, `constraints.0.type`: the configuration's own spelling. */
export function fieldText(path: NodePath): string {
  return path.join('.');
}

/**
 * The field's value in a proposal; undefined when it is not set. A field with a
 * documented default (`status`) reads as that default, as the rest of the product does.
 */
export function readField(data: unknown, field: ResolvedField, defaults = true): unknown {
  let value: unknown = data;
  for (const seg of field.path) {
    if (typeof seg === 'number' && Array.isArray(value)) value = value[seg];
    else if (
      typeof seg === 'string' &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.hasOwn(value, seg)
    ) {
      value = (value as Record<string, unknown>)[seg];
    } else {
      value = undefined;
    }
    if (value === undefined) break;
  }
  if (value !== undefined && value !== null) return value;
  return defaults ? field.schema.default : undefined;
}
