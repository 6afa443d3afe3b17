import type { VolunteerFilter, VolunteerSort } from "../../gql/graphql";
import type { ExportQuery } from "../../shared/export-download";

/** The server's `volunteers` export of exactly what the list shows: the `VolunteerFilter` fields and the sort. */
export function volunteerExportQuery(filter: VolunteerFilter, sort: VolunteerSort): ExportQuery {
  return { ...filter, sort: sort === "NEWEST" ? undefined : sort };
}
