/** Where one activity's page is. */
export const activityPath = (id: string) => `/activities/${encodeURIComponent(id)}`;
