import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Cache-control hints are unused here and would instrument every resolved field. The cast is
 * only about typings: @apollo/server ships CJS and ESM declarations, Nest's driver uses the ESM ones.
 */
export const cacheControlDisabled = (): ApolloServerPlugin =>
  ApolloServerPluginCacheControlDisabled() as unknown as ApolloServerPlugin;
