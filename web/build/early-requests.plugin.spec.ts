/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InMemoryCache } from '@apollo/client';
import { print, type DocumentNode } from 'graphql';
import { ConfirmationTimelineDocument, MeDocument, ReadinessBoardDocument } from '../src/generated/graphql';
import { operationText, readDefinitions } from './early-requests.plugin';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** What the app's Apollo Client sends for a generated document. */
const sentByApp = (document: DocumentNode) => print(new InMemoryCache().transformDocument(document));

describe('early request texts', () => {
  const definitions = readDefinitions(src);

  it.each([
    ['Me', MeDocument],
    ['ReadinessBoard', ReadinessBoardDocument],
    ['ConfirmationTimeline', ConfirmationTimelineDocument],
  ])('%s is sent exactly as the app sends it (fragments and __typename included)', (name, document) => {
    const text = operationText(definitions, name);
    expect(text).toBe(sentByApp(document));
    expect(text).toContain('__typename');
  });

  it('takes the fragments an operation uses', () => {
    expect(operationText(definitions, 'Me')).toMatch(/fragment SessionAccount on Account/);
  });

  it('fails the build for an unknown operation', () => {
    expect(() => operationText(definitions, 'NoSuchOperation')).toThrow('no operation named NoSuchOperation');
  });
});
