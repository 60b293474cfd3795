import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Mapping rows have no id of their own: they live inside their person and are
        // replaced as a whole whenever an assign/unassign mutation returns the person.
        Person: {
          fields: {
            printers: { merge: false },
            software: { merge: false },
            fileShares: { merge: false },
            fachverfahren: { merge: false },
            workstations: { merge: false },
          },
        },
        Workstation: { fields: { persons: { merge: false }, printers: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
