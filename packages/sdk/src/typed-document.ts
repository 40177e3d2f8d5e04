/**
 * The typed-document marker that GraphQL clients (urql, Apollo Client, graphql-request...)
 * recognise, structurally identical to `DocumentTypeDecoration` of
 * `@graphql-typed-document-node/core`. Declared here so that the SDK depends on nothing: that
 * package's `graphql` peer range would otherwise make npm install `graphql@17` beside an app's 16.
 */
export interface DocumentTypeDecoration<TResult = { [key: string]: unknown }, TVariables = { [key: string]: unknown }> {
  /** Type-only: never set at run time. */
  __apiType?: (variables: TVariables) => TResult;
}
