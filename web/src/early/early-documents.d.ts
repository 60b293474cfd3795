/** A GraphQL operation's text as the app sends it (with its fragments and __typename), built by build/early-requests.plugin.ts. */
declare module 'virtual:early-document/*' {
  const text: string;
  export default text;
}
