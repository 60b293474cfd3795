import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { isUnauthenticated } from '../lib/graphql-errors';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { reportUnauthenticated } from '../lib/session';
import { earlyResponseLink } from './early-response-link';
import { createLazyLiveLink } from './lazy-live-link';

/** Any operation refused for want of a session (expired, ended elsewhere) sends the user to the login page. */
const sessionLink = new ErrorLink(({ error, operation }) => {
  // A page's data fetched ahead (lib/preloaded-queries.ts) may be refused before the session is known.
  if (operation.operationName === 'Me' || operation.getContext().preload) return;
  if (isUnauthenticated(error)) {
    reportUnauthenticated();
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      earlyResponseLink,
      // Subscriptions over the WebSocket, everything else over HTTP as before.
      ApolloLink.split(
        ({ query }) => isSubscriptionOperation(query),
        createLazyLiveLink(),
        new HttpLink({ uri: '/graphql' }),
      ),
    ]),
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
