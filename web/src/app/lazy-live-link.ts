import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';

/**
 * The subscriptions link, with graphql-ws loaded on the first subscription (live pages only):
 * every other page starts without the WebSocket client's code.
 */
export function createLazyLiveLink(): ApolloLink {
  let link: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let closed = false;
        let inner: { unsubscribe: () => void } | undefined;
        link ??= import('./live-link').then(({ createLiveLink }) => createLiveLink());
        link.then(
          (live) => {
            if (!closed) inner = live.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            // Not cached: the next subscription tries to load the code again.
            link = undefined;
            observer.error(error);
          },
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
