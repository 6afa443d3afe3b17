import { useQuery } from "@apollo/client/react";
import { managerApplicationsQuery } from "./manager-applications.graphql";

/** The API caps `first` at 100; nobody has more own applications than that in practice. */
const MY_APPLICATIONS_WINDOW = 100;

/** The viewer's own applications, newest first (`mine: true`); `truncated` says when older ones exist. */
export function useMyApplications() {
  const { data, loading } = useQuery(managerApplicationsQuery, {
    variables: { status: null, decidable: null, mine: true, first: MY_APPLICATIONS_WINDOW, after: null },
    fetchPolicy: "cache-and-network",
  });
  const connection = data?.managerApplications;
  const mine = connection?.edges.map((e) => e.node) ?? [];
  return {
    applications: mine,
    loading,
    hasPending: mine.some((a) => a.status === "PENDING"),
    truncated: connection?.pageInfo.hasNextPage ?? false,
  };
}
