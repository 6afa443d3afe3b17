/** Where a notification leads inside the console, when it has a page there (comments live in the app). */
export function notificationLink(n: { subjectType: string }): string | null {
  return n.subjectType === "ManagerApplication" ? "/manager-applications" : null;
}
