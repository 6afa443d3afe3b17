import type { VolunteerSort } from "../../gql/graphql";

export const volunteerSortOptions: { value: VolunteerSort; label: string }[] = [
  { value: "NEWEST", label: "最新注册在前" },
  { value: "OLDEST", label: "最早注册在前" },
  { value: "CERTIFIED_AT_DESC", label: "最近认证在前" },
];

/** `?sort=` → a sort the server knows; NEWEST (the default) is never written to the URL. */
export function parseVolunteerSort(raw: string | null): VolunteerSort {
  return volunteerSortOptions.find((o) => o.value === raw)?.value ?? "NEWEST";
}
