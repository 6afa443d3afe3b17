import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { authorizationHeader, readAuthToken } from "./auth-token";
import { errorTextFromBody, graphQLErrorCode, graphQLErrorText, httpStatusText, NETWORK_ERROR_TEXT } from "./error-text";
import { notifyError } from "./notifier";

declare module "@apollo/client" {
  interface DefaultContext {
    /**
     * The caller shows GraphQL errors itself (inline on a form, beside a field): no toast. Error
     * codes still reach `onErrorCodes`, so an expired session is noticed everywhere.
     */
    handlesErrors?: boolean;
  }
}

/** Operation context for forms that show the server's message themselves. */
export const handledLocally = { handlesErrors: true } as const;

export interface ApolloClientOptions {
  /** Called once per failed operation with the server's error codes (e.g. UNAUTHENTICATED ends the session). */
  onErrorCodes?: (codes: readonly string[]) => void;
}

/** Read per request, not once, so a login (or logout) in another tab takes effect without a reload. */
const authLink = new SetContextLink((prevContext) => ({
  headers: { ...prevContext.headers, ...authorizationHeader(readAuthToken()) },
}));

function errorLink(options: ApolloClientOptions): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const silent = operation.getContext().handlesErrors === true;
    if (CombinedGraphQLErrors.is(error)) {
      if (!silent) for (const graphQLError of error.errors) notifyError(graphQLErrorText(graphQLError));
      const codes = error.errors.map(graphQLErrorCode).filter((code): code is string => code !== undefined);
      if (codes.length > 0) options.onErrorCodes?.(codes);
      return;
    }
    if (ServerError.is(error)) {
      if (!silent) notifyError(errorTextFromBody(error.bodyText) ?? httpStatusText(error.statusCode));
      if (error.statusCode === 401) options.onErrorCodes?.(["UNAUTHENTICATED"]);
      return;
    }
    // Aborted requests (navigating away, unmounting) are not failures the user needs to hear about.
    if (error.name === "AbortError") return;
    if (!silent) notifyError(NETWORK_ERROR_TEXT);
  });
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink(options), authLink, new HttpLink({ uri: "/graphql" })]),
    // No field policies: connections are fetched page by page with explicit `after` cursors and
    // never merged, so the default storage per argument set is exactly right.
    cache: new InMemoryCache(),
  });
}
