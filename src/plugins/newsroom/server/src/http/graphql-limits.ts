import type { Core } from '@strapi/strapi';
import type { DocumentNode } from 'graphql';
import { JsonDepthScanner } from '../domain/http/json-depth';
import {
  countDocument,
  emptyTally,
  graphqlLimitMessage,
  type GraphqlLimits,
  type GraphqlOverLimit,
} from '../domain/graphql/query-cost';
import { pluginConfig } from '../plugin-config';

/**
 * The GraphQL limits of one request (`limits.graphql`), checked by graphql-draft-guard on the body and the
 * documents it parses anyway, before Apollo validates or runs anything. A batch adds up its operations.
 */
export interface GraphqlRefusal {
  message: string;
  limit: string;
  max: number;
}

const refusal = (over: GraphqlOverLimit): GraphqlRefusal => ({
  message: graphqlLimitMessage(over),
  limit: over.limit,
  max: over.max,
});

export const graphqlLimiter = (strapi: Core.Strapi) => {
  const limits: GraphqlLimits = pluginConfig(strapi, 'limits').graphql;
  const nesting = pluginConfig(strapi, 'limits').jsonDepth;
  const defaultLimit = Number(strapi.config.get('plugin::graphql.defaultLimit') ?? 20) || 20;
  const maxLimit = Number(strapi.config.get('plugin::graphql.maxLimit') ?? -1) || -1;
  const tally = emptyTally();
  return {
    /** Operations in one (batched) body. */
    batch(count: number): GraphqlRefusal | null {
      return count > limits.maxBatch ? refusal({ limit: 'maxBatch', max: limits.maxBatch }) : null;
    },
    /** Before parsing: the query's size, and its nesting (the parser recurses once a level). */
    text(query: string): GraphqlRefusal | null {
      const bytes = Buffer.byteLength(query, 'utf8');
      if (bytes > limits.maxQueryBytes) return refusal({ limit: 'maxQueryBytes', max: limits.maxQueryBytes });
      if (new JsonDepthScanner(nesting).feed(Buffer.from(query, 'utf8'))) {
        return {
          message: `GraphQL query nested deeper than ${nesting} levels (limits.jsonDepth: ${nesting})`,
          limit: 'jsonDepth',
          max: nesting,
        };
      }
      return null;
    },
    document(document: DocumentNode, variables: Record<string, unknown>): GraphqlRefusal | null {
      const over = countDocument(document, limits, { defaultLimit, maxLimit }, variables, tally);
      return over ? refusal(over) : null;
    },
  };
};
