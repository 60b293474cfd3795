// Requests aimed at the GraphQL endpoint itself rather than at one operation: nesting, aliases,
// batches, broken JSON, wrong content types, huge bodies, unknown operations, introspection.
const JSON_TYPE = { 'content-type': 'application/json' };
const body = (query, variables = {}, extra = {}) => JSON.stringify({ query, variables, ...extra });

function nestedRelations(levels) {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `${i % 2 ? 'persons' : 'workstations'} { id ${selection} }`;
  return `{ persons(limit: 10) { items { ${selection} } } }`;
}

const aliases = (n, field = 'tenants(limit: 1) { totalCount }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function fragmentBomb(levels) {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Tenant { ${i === levels - 1 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`,
  );
  return `${fragments.join('\n')} { tenants { items { ...F0 } } }`;
}

/** Each: [kind, { headers, body, method?, query? }]; `rng` picks sizes. */
export function endpointAttacks(rng) {
  const q = (query, variables, extra) => ({ headers: JSON_TYPE, body: body(query, variables, extra) });
  const raw = (text, type = 'application/json') => ({ headers: type ? { 'content-type': type } : {}, body: text });
  return [
    ['deepNesting', q(nestedRelations(rng.pick([9, 12, 20, 60])))],
    ['deepSelectionParse', q(`{ ${'a { '.repeat(rng.pick([500, 5000, 30_000]))}b${' }'.repeat(1)} }`)],
    [
      'deepListLiteral',
      q(`{ persons(search: ${'['.repeat(rng.pick([100, 3000, 20_000]))}"x"${']'.repeat(3)}) { totalCount } }`),
    ],
    ['aliases', q(aliases(rng.pick([31, 100, 2000])))],
    ['typenameAliases', q(aliases(rng.pick([1000, 20_000]), '__typename'))],
    [
      'costlyPage',
      q(`{ a: persons(limit: 1000) { items { id workstations { id persons { id workstations { id } } } } } }`),
    ],
    ['fragmentBomb', q(fragmentBomb(rng.pick([12, 20, 30])))],
    ['fragmentCycle', q(`fragment A on Tenant { ...B } fragment B on Tenant { ...A } { tenants { items { ...A } } }`)],
    [
      'batch',
      raw(JSON.stringify(Array.from({ length: rng.pick([2, 50, 1000]) }, () => ({ query: '{ __typename }' })))),
    ],
    ['manyOperations', q(Array.from({ length: 50 }, (_, i) => `query Q${i} { __typename }`).join('\n'))],
    ['operationNameMismatch', q('query A { __typename }', {}, { operationName: 'B' })],
    ['unknownField', q('{ gibtEsNicht { id } }')],
    ['unknownArgument', q('{ tenants(gibtEsNicht: 1) { totalCount } }')],
    ['unknownType', q('query ($x: GibtEsNicht) { __typename }')],
    ['subscriptionOverHttp', q('subscription { __typename }')],
    ['emptyQuery', q('')],
    ['queryNotString', raw(JSON.stringify({ query: rng.pick([5, null, ['{ __typename }'], { a: 1 }]) }))],
    ['variablesNotObject', raw(JSON.stringify({ query: '{ __typename }', variables: rng.pick(['x', 5, [1]]) }))],
    [
      'extensionsOdd',
      raw(
        JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }),
      ),
    ],
    [
      'malformedJson',
      raw(
        rng.pick([
          '{',
          '{"query": "{ __typename }"',
          'null',
          '"x"',
          '123',
          '[',
          '{"query":"\\uZZZZ"}',
          '\uFEFF{"query":"{ __typename }"}',
        ]),
      ),
    ],
    [
      'invalidUtf8',
      {
        headers: JSON_TYPE,
        body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      },
    ],
    ['contentTypeTextPlain', raw(body('{ __typename }'), 'text/plain')],
    ['contentTypeForm', raw('query=%7B__typename%7D', 'application/x-www-form-urlencoded')],
    [
      'contentTypeMultipart',
      raw(
        '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--b--',
        'multipart/form-data; boundary=b',
      ),
    ],
    ['contentTypeMissing', raw(body('{ __typename }'), null)],
    ['contentTypeGraphql', raw('{ __typename }', 'application/graphql')],
    ['hugeBody', raw(body(`{ __typename }`, { pad: 'x'.repeat(rng.pick([1_100_000, 20_000_000])) }))],
    ['hugeQueryWhitespace', q(`{ ${' '.repeat(900_000)}__typename }`)],
    ['hugeComment', q(`# ${'c'.repeat(900_000)}\n{ __typename }`)],
    ['manyVariables', q('{ __typename }', Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`v${i}`, i])))],
    [
      'mutationViaGet',
      {
        method: 'GET',
        query: `?query=${encodeURIComponent('mutation { logout }')}`,
        headers: { 'apollo-require-preflight': 'true' },
      },
    ],
    ['getWithoutPreflight', { method: 'GET', query: `?query=${encodeURIComponent('{ __typename }')}`, headers: {} }],
    ['introspectionSchema', q('{ __schema { types { name fields { name } } } }')],
    ['introspectionType', q('{ __type(name: "Mutation") { fields { name } } }')],
    ['suggestionProbe', q('{ tenant { nam } }')],
  ];
}
